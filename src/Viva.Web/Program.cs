using Viva.Web.Hosting;

WebApplication app;
try
{
    app = VivaWebApp.Build(args);
}
catch (ExposureRefusedException refused)
{
    // Wrong usage, told in one line as every viva error is, with the exit code of wrong usage.
    await Console.Error.WriteLineAsync($"viva: {refused.Message}");
    return 2;
}

try
{
    await app.RunAsync();
}
catch (Viva.Core.Storage.StoreException failed)
{
    // The bank cannot be opened at start (a PostgreSQL server that is down, a file that is not a bank): one line, exit 1.
    await Console.Error.WriteLineAsync($"viva: {failed.Message}");
    return 1;
}

return 0;
