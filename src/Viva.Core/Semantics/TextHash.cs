using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Viva.Core.Semantics;

/// <summary>The key embeddings are stored under: the first 16 bytes of the SHA-256 of the UTF-8 text.</summary>
public static class TextHash
{
    /// <summary>The size of a key in bytes.</summary>
    public const int Size = 16;

    /// <summary>The key of <paramref name="text"/>.</summary>
    public static UInt128 Of(string text)
    {
        Span<byte> digest = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(text), digest);
        return BinaryPrimitives.ReadUInt128LittleEndian(digest);
    }

    /// <summary>Reads a key written by <see cref="Write"/>.</summary>
    public static UInt128 Read(ReadOnlySpan<byte> bytes) => BinaryPrimitives.ReadUInt128LittleEndian(bytes);

    /// <summary>Writes <paramref name="hash"/> into the first <see cref="Size"/> bytes of <paramref name="bytes"/>.</summary>
    public static void Write(UInt128 hash, Span<byte> bytes) => BinaryPrimitives.WriteUInt128LittleEndian(bytes, hash);
}
