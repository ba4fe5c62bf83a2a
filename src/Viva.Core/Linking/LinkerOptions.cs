namespace Viva.Core.Linking;

/// <summary>Settings of <see cref="DuplicateLinker"/>.</summary>
public sealed record LinkerOptions
{
    /// <summary>
    /// Blended similarity (0–1) from which two questions are one. Calibrated on the labelled pairs in
    /// <c>tests/fixtures/dedupe/pairs.tsv</c> (see the linker's calibration test).
    /// </summary>
    public float Threshold { get; init; } = 0.68f;

    /// <summary>A token carried by more questions than this is too common to propose candidates.</summary>
    public int MaxPostings { get; init; } = 48;

    /// <summary>How many of a question's rarest tokens propose candidates.</summary>
    public int BlockingTokens { get; init; } = 4;

    /// <summary>The defaults.</summary>
    public static LinkerOptions Default { get; } = new();
}
