using Viva.Core.Questions;

namespace Viva.Web.Api.Contracts;

/// <summary>A card to practise.</summary>
/// <param name="CardId">The card's stable id (its cluster id).</param>
/// <param name="QuestionId">The id of the question shown.</param>
/// <param name="Question">The question text.</param>
/// <param name="Topic">Area and topic.</param>
/// <param name="Level">basic, intermediate, advanced or null.</param>
/// <param name="Documents">How many imported documents ask it.</param>
/// <param name="Version">How many times it was rated; send it back with the rating.</param>
public sealed record CardDto(string CardId, string QuestionId, string Question, string Topic, string? Level, int Documents, int Version)
{
    /// <summary>The DTO of <paramref name="card"/>.</summary>
    public static CardDto From(PracticeCard card, int version)
    {
        ArgumentNullException.ThrowIfNull(card);
        return new(card.CardId, card.Head.Id, card.Head.Question.Text, card.Topic, card.Head.Question.Level?.ToName(), card.Documents, version);
    }
}
