using Microsoft.CodeAnalysis;

namespace Viva.Judging.CSharp;

/// <summary>
/// Refuses attempts that name an API beyond computation: files, network, processes, reflection, native code, the process's
/// environment, or the judge's own result stream. Like the Python judge's audit hook it is a guard rail with a clear
/// message; the sandboxed process (another user, no network, rlimits) is the containment.
/// </summary>
internal static class ApiGuard
{
    private static readonly string[] RefusedNamespaces =
    [
        "System.IO", "System.Net", "System.Diagnostics", "System.Reflection", "System.Runtime.InteropServices",
        "System.Runtime.Loader", "System.Security", "System.Resources", "Microsoft.Win32",
    ];

    private static readonly HashSet<string> AllowedTypes = new(StringComparer.Ordinal)
    {
        // Timing and assertions are computation too.
        "System.Diagnostics.Stopwatch", "System.Diagnostics.Debug", "System.Diagnostics.CodeAnalysis.NotNullWhenAttribute",
        "System.Diagnostics.CodeAnalysis.MaybeNullWhenAttribute", "System.Diagnostics.CodeAnalysis.NotNullAttribute",
        "System.Diagnostics.CodeAnalysis.SetsRequiredMembersAttribute",
    };

    private static readonly HashSet<string> RefusedTypes = new(StringComparer.Ordinal)
    {
        "System.Environment", "System.AppContext", "System.AppDomain", "System.Activator", "System.Runtime.CompilerServices.Unsafe",
        "System.Runtime.CompilerServices.RuntimeHelpers", "System.Threading.Thread", "System.Threading.ThreadPool",
    };

    // Console's writing methods are allowed (they go to the attempt's output); these reach the judge's streams.
    private static readonly HashSet<string> RefusedConsoleMembers = new(StringComparer.Ordinal)
    {
        "OpenStandardOutput", "OpenStandardError", "OpenStandardInput", "SetOut", "SetError", "SetIn", "In", "Read", "ReadLine", "ReadKey",
    };

    private static readonly HashSet<string> RefusedTypeMembers = new(StringComparer.Ordinal)
    {
        "GetType", "InvokeMember", "GetTypeFromHandle", "GetTypeFromProgID", "GetTypeFromCLSID",
    };

    /// <summary>Why the attempt is refused, naming the API and its line; null when it uses none of them.</summary>
    public static string? Check(SemanticModel model)
    {
        foreach (var node in model.SyntaxTree.GetRoot().DescendantNodes())
        {
            var symbol = model.GetSymbolInfo(node).Symbol;
            if (symbol is null or INamespaceSymbol || Refused(symbol) is not { } name)
            {
                continue;
            }

            var line = node.GetLocation().GetLineSpan().StartLinePosition.Line + 1;
            return $"line {line}: the attempt uses {name}, which exercises may not use (only computation is allowed: no files, network, processes, reflection, threads or native code)";
        }

        return null;
    }

    private static string? Refused(ISymbol symbol)
    {
        var type = symbol as ITypeSymbol ?? symbol.ContainingType;
        if (type is null)
        {
            return null;
        }

        var typeName = Name(type);
        var member = symbol is ITypeSymbol ? typeName : $"{typeName}.{symbol.Name}";
        if (AllowedTypes.Contains(typeName))
        {
            return null;
        }

        if (RefusedTypes.Contains(typeName)
            || (typeName == "System.Console" && RefusedConsoleMembers.Contains(symbol.Name))
            || (typeName == "System.Type" && RefusedTypeMembers.Contains(symbol.Name) && symbol is IMethodSymbol { IsStatic: true }))
        {
            return member;
        }

        var space = type.ContainingNamespace?.ToDisplayString() ?? "";
        return RefusedNamespaces.Any(n => space == n || space.StartsWith(n + ".", StringComparison.Ordinal)) ? member : null;
    }

    /// <summary>The type's full name without generic arguments (<c>System.Collections.Generic.List</c>).</summary>
    private static string Name(ITypeSymbol type)
    {
        var name = type.OriginalDefinition.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat).Replace("global::", "", StringComparison.Ordinal);
        var generic = name.IndexOf('<', StringComparison.Ordinal);
        return generic >= 0 ? name[..generic] : name;
    }
}
