namespace Viva.Core.Import;

/// <summary>Where one input item ended up. Every item lands in exactly one bucket.</summary>
public enum ImportBucket
{
    /// <summary>New to the bank.</summary>
    Added,

    /// <summary>Already in the bank; its text, answer or metadata changed, its id kept.</summary>
    Updated,

    /// <summary>Already in the bank exactly as it is.</summary>
    Unchanged,

    /// <summary>A repeat of a question earlier in the same document, or a copy of another document's question.</summary>
    Duplicate,

    /// <summary>Could not be used; see the reason.</summary>
    Invalid,
}
