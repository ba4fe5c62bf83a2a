using Viva.Judging.Python;

namespace Viva.Judging.Tests;

/// <summary>
/// A theory over exercises that need NumPy: skipped with the reason when no interpreter the judge would use has it,
/// except in CI, where scripts/install-test-deps.sh installs it and its absence fails the tests.
/// </summary>
public sealed class NumPyTheoryAttribute : TheoryAttribute
{
    public NumPyTheoryAttribute()
    {
        if (!HasNumPy() && Environment.GetEnvironmentVariable("CI") != "true")
        {
            Skip = "needs python3 with NumPy (Debian: apt-get install python3-numpy; scripts/test.sh does it)";
        }
    }

    /// <summary>True when the judge finds an interpreter with NumPy: the one on the PATH, or the system's.</summary>
    internal static bool HasNumPy() => PythonHost.Current.WithModule("numpy").HasModule("numpy");
}
