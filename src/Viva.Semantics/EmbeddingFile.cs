using System.Buffers.Binary;
using System.Text;
using Viva.Core.Semantics;

namespace Viva.Semantics;

/// <summary>
/// Embeddings kept on disk between sessions: a header naming the model, then fixed-size records of a
/// 16-byte text hash and the vector. Records are only ever appended, each with one write, so a session
/// killed mid-write leaves at most a torn last record, which the next load ignores. A file written by
/// another model is set aside and a new one started.
/// </summary>
internal sealed class EmbeddingFile
{
    private const string Magic = "VIVAEMB1";
    private readonly string _path;
    private readonly string _model;
    private readonly int _dimensions;
    private readonly Lock _gate = new();

    public EmbeddingFile(string path, string model, int dimensions)
    {
        _path = path;
        _model = model;
        _dimensions = dimensions;
    }

    private int RecordSize => TextHash.Size + (4 * _dimensions);

    /// <summary>Every stored vector by text hash; empty when the file is missing, foreign or unreadable.</summary>
    public Dictionary<UInt128, float[]> Load()
    {
        var vectors = new Dictionary<UInt128, float[]>();
        try
        {
            if (!File.Exists(_path))
            {
                return vectors;
            }

            var bytes = File.ReadAllBytes(_path);
            var header = Header();
            if (bytes.Length < header.Length || !bytes.AsSpan(0, header.Length).SequenceEqual(header))
            {
                File.Move(_path, _path + ".old", overwrite: true);
                return vectors;
            }

            for (var at = header.Length; at + RecordSize <= bytes.Length; at += RecordSize)
            {
                var record = bytes.AsSpan(at, RecordSize);
                var vector = new float[_dimensions];
                for (var d = 0; d < _dimensions; d++)
                {
                    vector[d] = BinaryPrimitives.ReadSingleLittleEndian(record[(TextHash.Size + (4 * d))..]);
                }

                if (vector.All(float.IsFinite))
                {
                    vectors[TextHash.Read(record)] = vector;
                }
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // A cache that cannot be read only costs time: the vectors are computed again.
        }

        return vectors;
    }

    /// <summary>Appends vectors; failures are ignored (the cache is an optimisation, never a source of truth).</summary>
    public void Append(IEnumerable<(UInt128 Hash, float[] Vector)> entries)
    {
        var buffer = new byte[RecordSize];
        lock (_gate)
        {
            try
            {
                Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(_path))!);
                using var stream = new FileStream(_path, FileMode.Append, FileAccess.Write, FileShare.ReadWrite);
                if (stream.Length == 0)
                {
                    stream.Write(Header());
                }
                else if ((stream.Length - Header().Length) % RecordSize != 0)
                {
                    // A torn record from a killed session: pad it out so later records stay aligned.
                    stream.Write(new byte[RecordSize - ((stream.Length - Header().Length) % RecordSize)]);
                }

                foreach (var (hash, vector) in entries)
                {
                    TextHash.Write(hash, buffer);
                    for (var d = 0; d < _dimensions; d++)
                    {
                        BinaryPrimitives.WriteSingleLittleEndian(buffer.AsSpan(TextHash.Size + (4 * d)), vector[d]);
                    }

                    stream.Write(buffer);
                }
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                // Read-only home or full disk: keep working from memory.
            }
        }
    }

    private byte[] Header() => Encoding.UTF8.GetBytes($"{Magic} {_model} {_dimensions}\n");
}
