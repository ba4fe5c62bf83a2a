namespace Viva.Core.Grading;

/// <summary>A key point the answer covers, and where.</summary>
/// <param name="KeyPoint">The key point, exactly as the request gave it (or the reference unit derived for it).</param>
/// <param name="Start">Offset in the answer, in UTF-16 code units, where the covering passage starts.</param>
/// <param name="Length">Length of the covering passage in UTF-16 code units.</param>
public sealed record CoveredPoint(string KeyPoint, int Start, int Length);
