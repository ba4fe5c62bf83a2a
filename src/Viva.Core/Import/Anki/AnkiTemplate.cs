using System.Text.RegularExpressions;

namespace Viva.Core.Import.Anki;

/// <summary>
/// One card template of a note type: what the front and the back show. Its field references decide which fields make a
/// card's question and which its answer, so a reversed card asks with the back and a type-in card's typed field is the answer.
/// </summary>
/// <param name="Ordinal">The template's number, as the <c>ord</c> of its cards.</param>
/// <param name="QuestionFormat">The front, e.g. <c>{{Front}}</c> or <c>{{Front}} {{type:Back}}</c>.</param>
/// <param name="AnswerFormat">The back, e.g. <c>{{FrontSide}}&lt;hr id=answer&gt;{{Back}}</c>.</param>
public sealed partial record AnkiTemplate(int Ordinal, string QuestionFormat, string AnswerFormat)
{
    // Names Anki fills in itself; they are no note field.
    private static readonly HashSet<string> Special = new(StringComparer.Ordinal)
    {
        "FrontSide", "Tags", "Type", "Deck", "Subdeck", "Card", "CardFlag", "CardID",
    };

    /// <summary>The fields the front shows, in order (a <c>type:</c> field is what the learner types, so not among them).</summary>
    public IReadOnlyList<string> QuestionFields => [.. References(QuestionFormat).Where(r => !r.TypeIn).Select(r => r.Name).Distinct(StringComparer.Ordinal)];

    /// <summary>The fields the back adds to the front, in order: the typed field first, then what the back shows.</summary>
    public IReadOnlyList<string> AnswerFields
    {
        get
        {
            var front = QuestionFields.ToHashSet(StringComparer.Ordinal);
            var typed = References(QuestionFormat).Where(r => r.TypeIn).Select(r => r.Name);
            return [.. typed.Concat(References(AnswerFormat).Select(r => r.Name)).Where(n => !front.Contains(n)).Distinct(StringComparer.Ordinal)];
        }
    }

    // {{Field}}, {{filter:Field}} or {{type:Field}}; sections ({{#Field}}, {{^Field}}, {{/Field}}) and comments show nothing.
    private static IEnumerable<(string Name, bool TypeIn)> References(string format)
    {
        foreach (Match match in Reference().Matches(format ?? string.Empty))
        {
            var tag = match.Groups["tag"].Value.Trim();
            if (tag.Length == 0 || tag[0] is '#' or '^' or '/' or '!')
            {
                continue;
            }

            var colon = tag.LastIndexOf(':');
            var name = tag[(colon + 1)..].Trim();
            var filters = colon < 0 ? string.Empty : tag[..colon];
            if (name.Length > 0 && !Special.Contains(name))
            {
                yield return (name, filters.Split(':').Any(f => f.Trim() == "type"));
            }
        }
    }

    [GeneratedRegex(@"\{\{(?<tag>[^{}]{1,200})\}\}")]
    private static partial Regex Reference();
}
