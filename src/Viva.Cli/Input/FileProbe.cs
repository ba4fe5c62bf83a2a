using System.Runtime.InteropServices;

namespace Viva.Cli.Input;

/// <summary>
/// Tells what a path names without opening it: opening a named pipe blocks until a writer comes, and a
/// device such as <c>/dev/zero</c> never ends, so neither may be opened. Links are followed.
/// </summary>
public static class FileProbe
{
    private const int TypeMask = 0xF000;
    private const int FifoType = 0x1000;
    private const int CharacterDeviceType = 0x2000;
    private const int DirectoryType = 0x4000;
    private const int BlockDeviceType = 0x6000;
    private const int RegularType = 0x8000;
    private const int SocketType = 0xC000;

    /// <summary>The kind and identity of what <paramref name="path"/> names once links are followed.</summary>
    public static (FileKind Kind, FileIdentity Identity) Probe(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (OperatingSystem.IsWindows())
        {
            return ProbeByAttributes(path);
        }

        if (NativeStat.Stat(path, out var status) != 0)
        {
            return (FileKind.Missing, default);
        }

        var kind = (status.Mode & TypeMask) switch
        {
            RegularType => FileKind.Regular,
            DirectoryType => FileKind.Directory,
            FifoType => FileKind.Fifo,
            SocketType => FileKind.Socket,
            CharacterDeviceType => FileKind.CharacterDevice,
            BlockDeviceType => FileKind.BlockDevice,
            _ => FileKind.Missing,
        };
        return (kind, new FileIdentity(status.Device, status.Inode, null));
    }

    /// <summary>Windows has no pipes or devices among a folder's files, so its attributes are enough there.</summary>
    private static (FileKind Kind, FileIdentity Identity) ProbeByAttributes(string path)
    {
        var full = Path.GetFullPath(path);
        FileSystemInfo info = Directory.Exists(full) ? new DirectoryInfo(full) : new FileInfo(full);
        if (!info.Exists)
        {
            return (FileKind.Missing, default);
        }

        var target = info.LinkTarget is null ? full : info.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? full;
        return (info is DirectoryInfo ? FileKind.Directory : FileKind.Regular, new FileIdentity(0, 0, target.ToUpperInvariant()));
    }

    /// <summary>
    /// stat(2) through the runtime's own native shim, which lays the result out the same way on every Unix the
    /// runtime supports (the C library's <c>struct stat</c> differs between architectures).
    /// </summary>
    private static class NativeStat
    {
        [DllImport("libSystem.Native", EntryPoint = "SystemNative_Stat")]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        internal static extern int Stat([MarshalAs(UnmanagedType.LPUTF8Str)] string path, out Status status);

        [StructLayout(LayoutKind.Sequential)]
        internal struct Status
        {
            internal int Flags;
            internal int Mode;
            internal uint Uid;
            internal uint Gid;
            internal long Size;
            internal long ATime;
            internal long ATimeNsec;
            internal long MTime;
            internal long MTimeNsec;
            internal long CTime;
            internal long CTimeNsec;
            internal long BirthTime;
            internal long BirthTimeNsec;
            internal long Device;
            internal long RDev;
            internal long Inode;
            internal uint UserFlags;
        }
    }
}
