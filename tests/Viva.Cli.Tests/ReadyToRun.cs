using System.Reflection.PortableExecutable;

namespace Viva.Cli.Tests;

/// <summary>Whether an assembly carries code compiled ahead of time (ReadyToRun) beside its IL.</summary>
internal static class ReadyToRun
{
    /// <summary>True when <paramref name="path"/> is a ReadyToRun image: its CLI header points at a native header.</summary>
    public static bool IsCompiled(string path)
    {
        using var stream = File.OpenRead(path);
        using var reader = new PEReader(stream);
        return reader.PEHeaders.CorHeader is { ManagedNativeHeaderDirectory.Size: > 0 };
    }
}
