namespace Viva.Storage.Sqlite.Anki;

/// <summary>A file is not an Anki package Viva can read; the message is one line saying why.</summary>
public sealed class AnkiPackageException : Exception
{
    /// <summary>Creates the exception.</summary>
    public AnkiPackageException()
    {
    }

    /// <summary>Creates the exception with a one-line message.</summary>
    public AnkiPackageException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a one-line message and its cause.</summary>
    public AnkiPackageException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
