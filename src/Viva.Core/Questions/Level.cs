namespace Viva.Core.Questions;

/// <summary>How hard a question is, as the document or the curated bank states it.</summary>
public enum Level
{
    /// <summary>Entry level: definitions and core ideas.</summary>
    Basic,

    /// <summary>Needs working knowledge: trade-offs, derivations of common results.</summary>
    Intermediate,

    /// <summary>Expert level: research-grade or system-design depth.</summary>
    Advanced,
}
