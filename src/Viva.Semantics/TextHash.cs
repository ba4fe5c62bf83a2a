using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Viva.Semantics;

/// <summary>The key embeddings are cached under: the first 16 bytes of the SHA-256 of the UTF-8 text.</summary>
internal static class TextHash
{
    public const int Size = 16;

    public static UInt128 Of(string text)
    {
        Span<byte> digest = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(text), digest);
        return BinaryPrimitives.ReadUInt128LittleEndian(digest);
    }

    public static UInt128 Read(ReadOnlySpan<byte> bytes) => BinaryPrimitives.ReadUInt128LittleEndian(bytes);

    public static void Write(UInt128 hash, Span<byte> bytes) => BinaryPrimitives.WriteUInt128LittleEndian(bytes, hash);
}
