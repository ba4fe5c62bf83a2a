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

await app.RunAsync();
return 0;
