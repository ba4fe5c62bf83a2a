namespace Viva.Cli.Input;

/// <summary>Reads a file to its end, but never more than a limit: a file's stated length can be wrong or zero.</summary>
public static class BoundedFileReader
{
    private const int ChunkBytes = 81920;

    /// <summary>The file's bytes, or null when it holds more than <paramref name="maxBytes"/>.</summary>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    public static byte[]? Read(string path, long maxBytes)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, bufferSize: 1, FileOptions.SequentialScan);
        using var content = new MemoryStream();
        var chunk = new byte[ChunkBytes];
        int read;
        while ((read = stream.Read(chunk)) > 0)
        {
            if (content.Length + read > maxBytes)
            {
                return null;
            }

            content.Write(chunk, 0, read);
        }

        return content.ToArray();
    }
}
