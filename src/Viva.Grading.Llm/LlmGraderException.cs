namespace Viva.Grading.Llm;

/// <summary>The endpoint could not be reached, refused the request, or answered with something that is not a grade.</summary>
public sealed class LlmGraderException : Exception
{
    /// <summary>Creates the exception.</summary>
    public LlmGraderException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public LlmGraderException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public LlmGraderException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
