namespace Viva.Core.Grading;

/// <summary>
/// When a unit the words alone do not cover counts as covered by meaning: its best passage is this
/// similar (<see cref="Alone"/>), or a little less similar (<see cref="WithWords"/>) while the words say at least
/// <see cref="WordCoverage"/> of it. A passage that contradicts the unit never earns credit, and a passage that is
/// closer in meaning to a contrasting variant of the unit (<see cref="ContrastVariant"/>) than to the unit itself, by
/// at least <see cref="Contrast"/>, contradicts it.
/// </summary>
/// <param name="Alone">Cosine similarity (0–1) enough on its own.</param>
/// <param name="WithWords">Cosine similarity enough when the words support it.</param>
/// <param name="WordCoverage">The lexical coverage (0–1) that counts as support.</param>
/// <param name="Contrast">How much closer to a contrasting variant than to the unit a passage must be to contradict it.</param>
public sealed record MeaningDecision(double Alone, double WithWords, double WordCoverage, double Contrast = 1.0)
{
    /// <summary>A <see cref="Contrast"/> at or above this turns the contrast probe off (the fit found it does not help), saving its encoding time.</summary>
    public const double ContrastOff = 1.0;

    /// <summary>True when contrasting variants are encoded and compared.</summary>
    public bool ProbesContrast => Contrast < ContrastOff;

    /// <summary>True when meaning counts the unit as covered.</summary>
    public bool Covers(double similarity, double wordCoverage) =>
        similarity >= Alone || (similarity >= WithWords && wordCoverage >= WordCoverage);
}
