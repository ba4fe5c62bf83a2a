namespace Viva.Cli.Input;

/// <summary>
/// Names one file system object however it is reached: the device and inode on Unix, the full path where
/// those are not known. Two paths with the same identity are the same folder, whatever links lead there.
/// </summary>
/// <param name="Device">The device holding the object (0 where unknown).</param>
/// <param name="Inode">The object's inode on that device (0 where unknown).</param>
/// <param name="Path">The full path, used only where device and inode are unknown.</param>
public readonly record struct FileIdentity(long Device, long Inode, string? Path);
