namespace Viva.Core.Questions;

/// <summary>A code block found in an answer.</summary>
/// <param name="Language">The fence's info string (for example <c>python</c>); empty when none was given.</param>
/// <param name="Code">The code, without the fence lines.</param>
public sealed record CodeSnippet(string Language, string Code);
