using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Emit;
using Microsoft.CodeAnalysis.Text;

namespace Viva.Judging.CSharp;

/// <summary>What compiling an attempt gave: the assembly written, or the errors (lines counted in the attempt) or the refused API.</summary>
/// <param name="Succeeded">True when the assembly and its symbols were written.</param>
/// <param name="Errors">Compiler errors, each "line N: message (CSxxxx)"; empty on success.</param>
/// <param name="Refused">Why the attempt is refused (an API it may not use); null when it is not.</param>
internal sealed record CompileOutcome(bool Succeeded, IReadOnlyList<string> Errors, string? Refused);

/// <summary>
/// Compiles an attempt together with the judge's harness into one console assembly with Roslyn, in this process, against the
/// running .NET's own libraries. The attempt is its own syntax tree, so diagnostics count lines in the attempt as typed.
/// </summary>
internal static class CSharpCompiler
{
    public const string AttemptFile = "attempt.cs";
    public const string AssemblyName = "attempt";

    // What a console project's implicit usings give, less the namespaces an attempt may not use anyway.
    private const string GlobalUsings = "global using System; global using System.Collections.Generic; global using System.Linq; global using System.Text;";

    private static readonly CSharpParseOptions Parse = new(LanguageVersion.Latest);

    private static readonly Lazy<string> Harness = new(() =>
    {
        using var stream = typeof(CSharpCompiler).Assembly.GetManifestResourceStream("Viva.Judging.CSharp.JudgeHarness.cs")!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

    // The runtime's own libraries, read once: every compile shares them. Microsoft.CSharp is left out, so 'dynamic' cannot
    // be used to reach members the API check would refuse.
    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(() =>
    [
        .. Directory.GetFiles(RuntimeEnvironment.GetRuntimeDirectory(), "*.dll")
            .Where(f => Path.GetFileName(f) is var name && (name.StartsWith("System.", StringComparison.Ordinal) || name is "netstandard.dll" or "mscorlib.dll"))
            .Where(IsManaged)
            .Select(f => (MetadataReference)MetadataReference.CreateFromFile(f)),
    ]);

    /// <summary>Compiles <paramref name="code"/> with the harness into <paramref name="folder"/> (attempt.dll and attempt.pdb).</summary>
    /// <param name="code">The attempt.</param>
    /// <param name="folder">Where the assembly goes.</param>
    /// <param name="checkApis">False only in tests that check the process limits hold for an attempt the API check would refuse.</param>
    public static CompileOutcome Compile(string code, string folder, bool checkApis = true)
    {
        var attempt = Tree(code, AttemptFile);
        var compilation = CSharpCompilation.Create(
            AssemblyName,
            [attempt, Tree(Harness.Value, "harness.cs"), Tree(GlobalUsings, "usings.cs")],
            References.Value,
            new CSharpCompilationOptions(OutputKind.ConsoleApplication, mainTypeName: "VivaJudgeHarness.JudgeHarness", allowUnsafe: false,
                optimizationLevel: OptimizationLevel.Release, nullableContextOptions: NullableContextOptions.Disable, concurrentBuild: false));
        var errors = compilation.GetDiagnostics()
            .Where(d => d.Severity == DiagnosticSeverity.Error)
            .OrderBy(d => d.Location.SourceTree == attempt ? 0 : 1)
            .ThenBy(d => d.Location.SourceSpan.Start)
            .Select(d => Describe(d, attempt))
            .ToList();
        if (errors.Count > 0)
        {
            return new CompileOutcome(false, errors, null);
        }

        if (checkApis && ApiGuard.Check(compilation.GetSemanticModel(attempt)) is { } refused)
        {
            return new CompileOutcome(false, [], refused);
        }

        using var assembly = File.Create(Path.Combine(folder, AssemblyName + ".dll"));
        using var symbols = File.Create(Path.Combine(folder, AssemblyName + ".pdb"));
        var emitted = compilation.Emit(assembly, symbols, options: new EmitOptions(debugInformationFormat: DebugInformationFormat.PortablePdb));
        return emitted.Success
            ? new CompileOutcome(true, [], null)
            : new CompileOutcome(false, [.. emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => Describe(d, attempt))], null);
    }

    // Symbols for line numbers in stack traces need the text's encoding.
    private static SyntaxTree Tree(string code, string path) => CSharpSyntaxTree.ParseText(SourceText.From(code, Encoding.UTF8), Parse, path);

    /// <summary>"line N: message (CSxxxx)" for the attempt's own errors; an error in the harness names the harness.</summary>
    private static string Describe(Diagnostic diagnostic, SyntaxTree attempt)
    {
        var message = diagnostic.GetMessage(CultureInfo.InvariantCulture);
        if (diagnostic.Location.SourceTree != attempt)
        {
            return $"{message} ({diagnostic.Id}, in the judge's harness: does the attempt redefine a name it uses?)";
        }

        var line = diagnostic.Location.GetLineSpan().StartLinePosition.Line + 1;
        return $"line {line}: {message} ({diagnostic.Id})";
    }

    private static bool IsManaged(string file)
    {
        try
        {
            using var stream = File.OpenRead(file);
            using var reader = new System.Reflection.PortableExecutable.PEReader(stream);
            return reader.HasMetadata;
        }
        catch (BadImageFormatException)
        {
            return false;
        }
    }
}
