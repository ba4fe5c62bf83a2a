namespace Viva.Core.Storage;

/// <summary>
/// A review was computed from a card schedule that another rating has since replaced: saving it would lose that rating's
/// update. Thrown by <see cref="IReviewStore.SaveReviewAsync"/>, which checks inside its write transaction.
/// </summary>
public sealed class StaleCardException : Exception
{
    /// <summary>Creates the exception for <paramref name="cardId"/>.</summary>
    public StaleCardException(string cardId)
        : base($"card '{cardId}' was rated since it was read")
    {
        CardId = cardId;
    }

    /// <summary>Creates the exception with a message.</summary>
    public StaleCardException()
        : base("the card was rated since it was read")
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public StaleCardException(string message, Exception innerException)
        : base(message, innerException)
    {
        CardId = "";
    }

    /// <summary>The card whose schedule changed.</summary>
    public string CardId { get; } = "";
}
