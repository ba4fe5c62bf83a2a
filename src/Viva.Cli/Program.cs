using Viva.Cli;

using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancellation.Cancel();
};
Console.OutputEncoding = System.Text.Encoding.UTF8;
var context = new CliContext(Console.Out, Console.Error, CliContext.DefaultHome(), TimeProvider.System);
return await VivaApp.RunAsync(args, context, cancellation.Token);
