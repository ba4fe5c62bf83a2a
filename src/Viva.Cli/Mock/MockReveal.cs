namespace Viva.Cli.Mock;

/// <summary>When a mock shows grades and reference answers.</summary>
public enum MockReveal
{
    /// <summary>Only in the report at the end, as in a real interview.</summary>
    End,

    /// <summary>After each answer.</summary>
    Each,
}
