using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using Viva.Core.Exercises;
using Viva.Judging.CSharp;

namespace Viva.Benchmarks;

/// <summary>
/// The baseline for the C# judge: the reference solution compiled once, ahead of timing, with the judge's own harness, then
/// run with a plain <c>dotnet exec</c> (no limits, no other user, no network namespace) under the judge's runtime settings. Both pay the runtime's start-up;
/// what the judge adds is compiling, the API check, the files it writes and the sandbox around the process.
/// </summary>
internal sealed class CSharpDirect : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("viva-bench-");
    private readonly string _muxer = Path.GetFullPath(Path.Combine(RuntimeEnvironment.GetRuntimeDirectory(), "..", "..", "..", "dotnet"));

    public CSharpDirect(Exercise exercise)
    {
        using var resource = typeof(CSharpJudge).Assembly.GetManifestResourceStream("Viva.Judging.CSharp.JudgeHarness.cs")!;
        var harness = new StreamReader(resource).ReadToEnd();
        const string Usings = "global using System; global using System.Collections.Generic; global using System.Linq; global using System.Text;";
        var references = Directory.GetFiles(RuntimeEnvironment.GetRuntimeDirectory(), "System.*.dll")
            .Append(Path.Combine(RuntimeEnvironment.GetRuntimeDirectory(), "netstandard.dll"))
            .Where(IsManaged)
            .Select(f => MetadataReference.CreateFromFile(f));
        var compilation = CSharpCompilation.Create("attempt",
            [.. new[] { exercise.For("csharp")!.Solution, harness, Usings }.Select(t => CSharpSyntaxTree.ParseText(SourceText.From(t, Encoding.UTF8)))],
            references, new CSharpCompilationOptions(OutputKind.ConsoleApplication, mainTypeName: "VivaJudgeHarness.JudgeHarness", optimizationLevel: OptimizationLevel.Release));
        using (var assembly = File.Create(Path.Combine(_folder.FullName, "attempt.dll")))
        {
            var emitted = compilation.Emit(assembly);
            if (!emitted.Success)
            {
                throw new InvalidOperationException(string.Join("; ", emitted.Diagnostics));
            }
        }

        var tests = new JsonArray([.. exercise.Tests.Select(t => new JsonObject { ["name"] = t.Name, ["args"] = JsonNode.Parse(t.Arguments ?? "[]") })]);
        File.WriteAllText(Path.Combine(_folder.FullName, "tests.json"), new JsonObject { ["entry"] = exercise.Entry, ["tests"] = tests }.ToJsonString());
        var version = Environment.Version;
        var framework = new JsonObject { ["name"] = "Microsoft.NETCore.App", ["version"] = version.ToString() };
        var options = new JsonObject
        {
            ["tfm"] = $"net{version.Major}.{version.Minor}",
            ["framework"] = framework,
            ["configProperties"] = new JsonObject { ["System.Globalization.Invariant"] = true },
        };
        File.WriteAllText(Path.Combine(_folder.FullName, "attempt.runtimeconfig.json"), new JsonObject { ["runtimeOptions"] = options }.ToJsonString());
    }

    public void Run()
    {
        var start = new ProcessStartInfo(_muxer) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = _folder.FullName };
        // The runtime settings the judge uses too, so the difference is the judge's work and its sandbox, not start-up tuning.
        start.Environment["DOTNET_EnableWriteXorExecute"] = "0";
        start.Environment["DOTNET_TieredPGO"] = "0";
        start.ArgumentList.Add("exec");
        start.ArgumentList.Add("attempt.dll");
        using var process = Process.Start(start)!;
        _ = process.StandardError.ReadToEndAsync();
        if (!process.StandardOutput.ReadToEnd().Contains("\"done\"", StringComparison.Ordinal))
        {
            throw new InvalidOperationException("the directly run reference solution did not finish its tests");
        }

        process.WaitForExit();
    }

    public void Dispose() => _folder.Delete(recursive: true);

    private static bool IsManaged(string file)
    {
        using var stream = File.OpenRead(file);
        using var reader = new System.Reflection.PortableExecutable.PEReader(stream);
        return reader.HasMetadata;
    }
}
