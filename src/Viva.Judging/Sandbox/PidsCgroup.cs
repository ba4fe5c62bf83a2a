using System.Diagnostics;
using System.Globalization;

namespace Viva.Judging.Sandbox;

/// <summary>
/// A pids cgroup of one attempt's own, where this machine lets the judge make one: cgroup v1's <c>pids</c> hierarchy, or
/// cgroup v2 with the <c>pids</c> controller enabled for the judge's own group's children (both need root or a delegated
/// group). It caps the threads and processes of that attempt alone, so a fork or thread bomb stops there without
/// touching other attempts, and it lets the judge end every process of the attempt afterwards, even one that left the
/// process tree. Elsewhere <see cref="Create"/> gives null and the judges' rlimits are the only cap.
/// </summary>
internal sealed class PidsCgroup : IDisposable
{
    private const string Root = "/sys/fs/cgroup";
    private static readonly Lazy<string?> Parent = new(FindParent);
    private readonly string _path;

    private PidsCgroup(string path) => _path = path;

    /// <summary>The group's folder.</summary>
    public string Folder => _path;

    /// <summary>The file a process writes its id to in order to join the group.</summary>
    public string ProcsFile => Path.Combine(_path, "cgroup.procs");

    /// <summary>True when this machine lets the judge make its own pids groups.</summary>
    public static bool Available => Parent.Value is not null;

    /// <summary>A new group capped at <paramref name="maxTasks"/> threads and processes; null where none can be made.</summary>
    /// <param name="maxTasks">The most threads and processes the attempt may have at once, counted together.</param>
    public static PidsCgroup? Create(int maxTasks)
    {
        if (Parent.Value is not { } parent)
        {
            return null;
        }

        var path = Path.Combine(parent, $"viva-judge-{Guid.NewGuid():N}");
        try
        {
            Directory.CreateDirectory(path);
            File.WriteAllText(Path.Combine(path, "pids.max"), maxTasks.ToString(CultureInfo.InvariantCulture));
            return new PidsCgroup(path);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            TryRemove(path);
            return null;
        }
    }

    /// <summary>True when the attempt tried to have more threads and processes than the cap allows.</summary>
    public bool LimitReached
    {
        get
        {
            try
            {
                // "max N": how many times a fork or thread creation was refused at the cap.
                return File.ReadAllLines(Path.Combine(_path, "pids.events")).Select(l => l.Split(' ')).Any(p => p is ["max", var n] && n != "0");
            }
            catch (Exception error) when (error is IOException or UnauthorizedAccessException)
            {
                return false;
            }
        }
    }

    /// <summary>Kills every process still in the group: those the attempt started and left behind included.</summary>
    public void KillAll()
    {
        foreach (var id in Members())
        {
            Kill(id);
        }
    }

    /// <summary>Kills whatever is still in the group, then removes it.</summary>
    public void Dispose()
    {
        // A process killed stays in the group until its parent (or init, for an orphan) collects it; a few rounds cover that.
        for (var round = 0; round < 50 && Directory.Exists(_path); round++)
        {
            KillAll();
            if (Members().Count == 0 && TryRemove(_path))
            {
                return;
            }

            Thread.Sleep(20);
        }
    }

    private List<int> Members()
    {
        try
        {
            return [.. File.ReadAllLines(ProcsFile).Select(l => int.Parse(l, CultureInfo.InvariantCulture))];
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            return [];
        }
    }

    private static void Kill(int id)
    {
        try
        {
            using var process = Process.GetProcessById(id);
            process.Kill();
        }
        catch (Exception error) when (error is ArgumentException or InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            // Gone already.
        }
    }

    private static bool TryRemove(string path)
    {
        try
        {
            // rmdir on a cgroup removes it with its control files, once no process is left in it.
            Directory.Delete(path);
            return true;
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            return !Directory.Exists(path);
        }
    }

    /// <summary>The judge's own pids group, where a child group can be made; null where none can.</summary>
    private static string? FindParent()
    {
        if (!OperatingSystem.IsLinux())
        {
            return null;
        }

        try
        {
            var own = File.ReadAllLines("/proc/self/cgroup").Select(l => l.Split(':', 3)).Where(p => p.Length == 3).ToList();
            var v1 = own.FirstOrDefault(p => p[1].Split(',').Contains("pids"));
            var v2 = own.FirstOrDefault(p => p[0] == "0" && p[1].Length == 0);
            var candidates = new List<string>();
            if (v1 is not null)
            {
                candidates.Add(Path.Join(Root, "pids", v1[2]));
            }

            if (v2 is not null)
            {
                // Under cgroup v2 a group's children get the pids controller only where the group enables it for them.
                var group = Path.Join(Root, v2[2]);
                var enabled = Path.Combine(group, "cgroup.subtree_control");
                if (File.Exists(enabled) && File.ReadAllText(enabled).Split(' ', '\n').Contains("pids"))
                {
                    candidates.Add(group);
                }
            }

            // A path from outside this container's view of the hierarchy does not exist under the mount: no group is made there.
            return candidates.FirstOrDefault(c => Directory.Exists(c) && Writable(c));
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>True when a child group can be made, capped and removed here: tried once, with a throwaway group.</summary>
    private static bool Writable(string parent)
    {
        var probe = Path.Combine(parent, $"viva-judge-probe-{Environment.ProcessId}");
        try
        {
            Directory.CreateDirectory(probe);
            File.WriteAllText(Path.Combine(probe, "pids.max"), "1");
            return true;
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            return false;
        }
        finally
        {
            TryRemove(probe);
        }
    }
}
