namespace Viva.Core.Questions;

/// <summary>A card as practice shows it: the cluster's head question, its reference answer and how widely it is asked.</summary>
/// <param name="CardId">The cluster id.</param>
/// <param name="Head">The question to show.</param>
/// <param name="Answer">The best reference answer in the cluster, or null.</param>
/// <param name="Documents">How many imported documents ask it.</param>
public sealed record PracticeCard(string CardId, BankQuestion Head, string? Answer, int Documents)
{
    /// <summary>Builds the card from the cluster's live questions (head first).</summary>
    /// <param name="cardId">The cluster id.</param>
    /// <param name="members">Its live questions, head first.</param>
    /// <param name="documents">How many documents ask it; null to count the imported ones among the members.</param>
    public static PracticeCard? From(string cardId, IReadOnlyList<BankQuestion> members, int? documents = null)
    {
        if (members.Count == 0)
        {
            return null;
        }

        var answer = members[0].Question.Answer ?? members.Select(m => m.Question.Answer).FirstOrDefault(a => a is not null);
        documents ??= members.Where(m => !m.IsCurated).Select(m => m.Question.Source).Distinct(StringComparer.Ordinal).Count();
        return new PracticeCard(cardId, members[0], answer, documents.Value);
    }

    /// <summary>The topic to show: the curated area and topic, else the imported topic path.</summary>
    public string Topic
    {
        get
        {
            var q = Head.Question;
            var parts = new List<string>();
            if (Head.IsCurated && q.Source.Split('/') is [_, var area, ..])
            {
                parts.Add(area);
            }

            parts.AddRange(q.Topic);
            return parts.Count > 0 ? string.Join(" › ", parts) : Path.GetFileName(q.Source);
        }
    }
}
