using System.Collections.Frozen;
using System.Text;

namespace Viva.Core.Text;

/// <summary>Superscript and subscript forms of the characters Unicode has them for.</summary>
internal static class UnicodeScripts
{
    private static readonly FrozenDictionary<char, char> Superscripts = Pairs(
        "0123456789+-=()abcdefghijklmnoprstuvwxyzABDEGHIJKLMNOPRTUVWαβγδεθιφχ′⊤",
        "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁼⁽⁾ᵃᵇᶜᵈᵉᶠᵍʰⁱʲᵏˡᵐⁿᵒᵖʳˢᵗᵘᵛʷˣʸᶻᴬᴮᴰᴱᴳᴴᴵᴶᴷᴸᴹᴺᴼᴾᴿᵀᵁⱽᵂᵅᵝᵞᵟᵋᶿᶥᵠᵡ′ᵀ");

    private static readonly FrozenDictionary<char, char> Subscripts = Pairs(
        "0123456789+-=()aehijklmnoprstuvxβγρφχ",
        "₀₁₂₃₄₅₆₇₈₉₊₋₌₍₎ₐₑₕᵢⱼₖₗₘₙₒₚᵣₛₜᵤᵥₓᵦᵧᵨᵩᵪ");

    /// <summary><paramref name="text"/> in superscript letters, or null when one of them has no superscript form.</summary>
    public static string? Superscript(string text) => Map(text, Superscripts);

    /// <summary><paramref name="text"/> in subscript letters, or null when one of them has no subscript form.</summary>
    public static string? Subscript(string text) => Map(text, Subscripts);

    private static string? Map(string text, FrozenDictionary<char, char> table)
    {
        if (text.Length == 0)
        {
            return null;
        }

        var mapped = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (!table.TryGetValue(c, out var script))
            {
                return null;
            }

            mapped.Append(script);
        }

        return mapped.ToString();
    }

    private static FrozenDictionary<char, char> Pairs(string plain, string scripts)
    {
        var pairs = new Dictionary<char, char>();
        for (var i = 0; i < plain.Length; i++)
        {
            pairs[plain[i]] = scripts[i];
        }

        return pairs.ToFrozenDictionary();
    }
}
