using System.Diagnostics;
using Viva.Judging.Sandbox;

namespace Viva.Judging.Tests;

/// <summary>The per-attempt pids cgroup, where this machine lets the judge make one (root, or a delegated cgroup v2 group).</summary>
public sealed class SandboxTests
{
    [Fact]
    public async Task Should_Cap_The_Processes_Of_One_Run_Say_So_And_Kill_What_It_Left_Behind()
    {
        if (!PidsCgroup.Available)
        {
            return;
        }

        // Given: a shell that leaves six sleepers in the background, more than the cap allows (the shell gives up at the first it cannot start)
        var marker = $"{Random.Shared.Next(100, 999)}.{Random.Shared.Next(100_000, 999_999)}";
        var folder = Directory.CreateTempSubdirectory("viva-sandbox-");
        try
        {
            // When
            var run = await SandboxProcess.RunAsync("/bin/sh", ["-c", $"for i in 1 2 3 4 5 6; do sleep {marker} & done"], folder.FullName,
                TimeSpan.FromSeconds(20), maxTasks: 4, CancellationToken.None);

            // Then: some sleepers could not start, and those that did are gone with the run
            Assert.Equal(4, run.TaskLimit);
            Assert.DoesNotContain(Process.GetProcessesByName("sleep"), p => CommandLine(p.Id).Contains(marker, StringComparison.Ordinal));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task Should_Remove_The_Group_With_The_Processes_Still_In_It()
    {
        if (!PidsCgroup.Available)
        {
            return;
        }

        // Given: a process that joined the group and runs on
        string folder;
        using (var group = PidsCgroup.Create(8)!)
        {
            folder = group.Folder;
            using var sleeper = Process.Start("/bin/sh", ["-c", "echo $$ > \"$1\"; exec sleep 60", "viva-test", group.ProcsFile]);
            while (File.ReadAllText(group.ProcsFile).Trim().Length == 0)
            {
                await Task.Delay(10);
            }

            // When: the group is disposed
        }

        // Then
        Assert.False(Directory.Exists(folder));
    }

    private static string CommandLine(int id)
    {
        try
        {
            return File.ReadAllText($"/proc/{id}/cmdline");
        }
        catch (IOException)
        {
            return "";
        }
    }
}
