namespace Viva.Cli.Practice;

/// <summary>Where a practice session reads the user's answers and choices from.</summary>
public interface IPracticeInput
{
    /// <summary>A typed answer: lines up to a blank line or end of input. Empty when the user just pressed Enter; null at end of input.</summary>
    string? ReadAnswer();

    /// <summary>Code for an exercise: lines up to one holding only '.' (code has blank lines) or end of input; null at end of input.</summary>
    string? ReadCode();

    /// <summary>One choice: a key such as <c>3</c>, <c>r</c> (I was right) or <c>q</c>, empty for Enter; null at end of input.</summary>
    string? ReadChoice();
}
