using System.Text.Json;

namespace Viva.Core.Exercises;

/// <summary>
/// Compares an attempt's result with the expected one, both as JSON: numbers within an absolute tolerance (an integer
/// equals the same float), strings, booleans and nulls exactly, arrays item by item, objects key by key.
/// </summary>
public static class ResultComparer
{
    /// <summary>True when <paramref name="actual"/> matches <paramref name="expected"/>.</summary>
    /// <param name="expected">The expected JSON.</param>
    /// <param name="actual">The attempt's JSON.</param>
    /// <param name="tolerance">Largest absolute difference two numbers may have and still match.</param>
    public static bool Matches(string expected, string actual, double tolerance)
    {
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(actual);
        using var left = JsonDocument.Parse(expected);
        using var right = JsonDocument.Parse(actual);
        return Equal(left.RootElement, right.RootElement, tolerance);
    }

    /// <summary>
    /// True when two arrays of rows hold the same rows, in any order: a result set compared as a multiset, each expected
    /// row paired with a different actual row.
    /// </summary>
    /// <param name="expected">A JSON array of rows.</param>
    /// <param name="actual">A JSON array of rows.</param>
    /// <param name="tolerance">Largest absolute difference two numbers may have and still match.</param>
    public static bool MatchesInAnyOrder(string expected, string actual, double tolerance)
    {
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(actual);
        using var left = JsonDocument.Parse(expected);
        using var right = JsonDocument.Parse(actual);
        if (left.RootElement.ValueKind != JsonValueKind.Array || right.RootElement.ValueKind != JsonValueKind.Array)
        {
            return Equal(left.RootElement, right.RootElement, tolerance);
        }

        var unmatched = right.RootElement.EnumerateArray().ToList();
        if (unmatched.Count != left.RootElement.GetArrayLength())
        {
            return false;
        }

        foreach (var row in left.RootElement.EnumerateArray())
        {
            var index = unmatched.FindIndex(candidate => Equal(row, candidate, tolerance));
            if (index < 0)
            {
                return false;
            }

            unmatched.RemoveAt(index);
        }

        return true;
    }

    private static bool Equal(JsonElement a, JsonElement b, double tolerance)
    {
        if (a.ValueKind == JsonValueKind.Number && b.ValueKind == JsonValueKind.Number)
        {
            var x = a.GetDouble();
            var y = b.GetDouble();
            return x == y || Math.Abs(x - y) <= tolerance;
        }

        if (a.ValueKind != b.ValueKind)
        {
            // true and false are two kinds in JSON; neither equals the other.
            return false;
        }

        return a.ValueKind switch
        {
            JsonValueKind.String => a.GetString() == b.GetString(),
            JsonValueKind.Array => a.GetArrayLength() == b.GetArrayLength()
                && a.EnumerateArray().Zip(b.EnumerateArray()).All(p => Equal(p.First, p.Second, tolerance)),
            JsonValueKind.Object => SameObject(a, b, tolerance),
            _ => true,
        };
    }

    private static bool SameObject(JsonElement a, JsonElement b, double tolerance)
    {
        var right = b.EnumerateObject().ToDictionary(p => p.Name, p => p.Value, StringComparer.Ordinal);
        var count = 0;
        foreach (var property in a.EnumerateObject())
        {
            count++;
            if (!right.TryGetValue(property.Name, out var value) || !Equal(property.Value, value, tolerance))
            {
                return false;
            }
        }

        return count == right.Count;
    }
}
