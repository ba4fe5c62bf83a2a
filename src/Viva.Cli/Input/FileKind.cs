namespace Viva.Cli.Input;

/// <summary>What a path names once symbolic links are followed.</summary>
public enum FileKind
{
    /// <summary>Nothing: no such path, or a link whose target is gone.</summary>
    Missing,

    /// <summary>A regular file, the only kind that is read.</summary>
    Regular,

    /// <summary>A folder.</summary>
    Directory,

    /// <summary>A named pipe: opening it waits for a writer.</summary>
    Fifo,

    /// <summary>A Unix domain socket.</summary>
    Socket,

    /// <summary>A character device such as <c>/dev/zero</c>, which never ends.</summary>
    CharacterDevice,

    /// <summary>A block device such as a disk.</summary>
    BlockDevice,
}
