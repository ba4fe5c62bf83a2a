namespace Viva.Web.Hosting;

/// <summary>The app would listen beyond loopback without accounts and a public URL (see <see cref="ExposureRule"/>).</summary>
public sealed class ExposureRefusedException : Exception
{
    /// <summary>Creates the error with its one-line reason.</summary>
    public ExposureRefusedException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the error.</summary>
    public ExposureRefusedException()
    {
    }

    /// <summary>Creates the error with its cause.</summary>
    public ExposureRefusedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
