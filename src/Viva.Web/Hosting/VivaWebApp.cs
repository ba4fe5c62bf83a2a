using System.Text.Json;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;
using Viva.Core.Grading;
using Viva.Core.Linking;
using Viva.Core.Scheduling;
using Viva.Semantics;
using Viva.Web.Api;
using Viva.Web.Data;
using Viva.Web.Grading;
using Viva.Web.Import;
using Viva.Web.Practice;
using Viva.Web.Security;
using Viva.Web.Users;

namespace Viva.Web.Hosting;

/// <summary>Builds the web app: services, the middleware pipeline, the pages and the <c>/api</c> endpoints.</summary>
public static class VivaWebApp
{
    /// <summary>Builds the app from command-line <paramref name="args"/> (<c>--urls</c>, <c>--Viva:Home</c>…).</summary>
    /// <param name="args">Command-line arguments; they override the other configuration sources.</param>
    /// <param name="configure">Changes to the builder before the app is built (tests replace the clock or the home folder).</param>
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,

            // Pages are compiled into this assembly; name it so they are found when a test host starts the app.
            ApplicationName = typeof(VivaWebApp).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
        });
        // DNS rebinding: a page on an attacker's name that resolves to 127.0.0.1 sends its own Host, so only names
        // that mean this machine are served unless the operator lists theirs (--AllowedHosts "viva.example.org").
        if (string.IsNullOrWhiteSpace(builder.Configuration[AllowedHostsKey]))
        {
            builder.Configuration[AllowedHostsKey] = LoopbackHosts;
        }

        AddServices(builder);
        configure?.Invoke(builder);
        var app = builder.Build();
        UsePipeline(app);
        app.Lifetime.ApplicationStarted.Register(() => WarnIfExposed(app));
        return app;
    }

    /// <summary>The host names served when none are configured: this machine's.</summary>
    public const string LoopbackHosts = "localhost;127.0.0.1;[::1]";

    private const string AllowedHostsKey = "AllowedHosts";

    /// <summary>True when <paramref name="url"/> listens on every interface rather than loopback.</summary>
    public static bool ListensOnAllInterfaces(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        var host = url.Split("://", 2)[^1].Split('/', 2)[0];
        host = host.StartsWith('[') ? host[..(host.IndexOf(']', StringComparison.Ordinal) + 1)] : host.Split(':')[0];
        return host is "0.0.0.0" or "[::]" or "*" or "+";
    }

    private static void WarnIfExposed(WebApplication app)
    {
        if (app.Urls.Any(ListensOnAllInterfaces))
        {
            app.Logger.LogWarning(
                "Listening on every network interface ({Urls}): this mode has no login, so anyone who can reach this machine can read and change the bank. Bind 127.0.0.1 unless that is what you want; allowed host names: {Hosts}",
                string.Join(", ", app.Urls), app.Configuration[AllowedHostsKey]);
        }
    }

    private static void AddServices(WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<VivaWebOptions>().BindConfiguration(VivaWebOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<BankPool>();
        services.AddHostedService<CuratedBankLoader>();
        services.AddSingleton(provider =>
        {
            var home = provider.GetRequiredService<IOptions<VivaWebOptions>>().Value.ResolvedHome();
            var logger = provider.GetRequiredService<ILoggerFactory>().CreateLogger("Viva.Semantics");
            return new TextEncoderLoader(Path.Combine(home, "embeddings"), notice => logger.LogWarning("{Notice}", notice), Environment.GetEnvironmentVariable(TextEncoderLoader.Variable));
        });
        services.AddSingleton(provider => HybridGrader.Create(provider.GetRequiredService<TextEncoderLoader>().Get));
        services.AddSingleton(provider => new DuplicateLinker(provider.GetRequiredService<TextEncoderLoader>().Get));
        services.AddSingleton<IPracticeGrader, DefaultPracticeGrader>();
        services.AddScoped<IUserContext, LocalUserContext>();
        services.AddScoped(provider => provider.GetRequiredService<BankPool>().Rent());

        // Each request schedules with its user's newest applied FSRS weights (the defaults until a fit is applied).
        // The SQLite store completes its tasks synchronously; a PostgreSQL bank waits here on one short query.
        services.AddScoped(provider =>
        {
            var user = provider.GetRequiredService<IUserContext>().UserId;
            var fit = provider.GetRequiredService<BankLease>().Store.GetFsrsParametersAsync(user, appliedOnly: true).GetAwaiter().GetResult();
            return new FsrsScheduler(new SchedulerOptions
            {
                TimeZone = provider.GetRequiredService<TimeProvider>().LocalTimeZone,
                Parameters = fit?.Parameters ?? Core.Scheduling.Fsrs.FsrsParameters.Default,
            });
        });
        services.AddScoped(provider => new ReviewService(
            provider.GetRequiredService<BankLease>().Store,
            provider.GetRequiredService<FsrsScheduler>(),
            provider.GetRequiredService<TimeProvider>(),
            provider.GetRequiredService<IUserContext>().UserId));
        services.AddScoped<PracticeService>();
        services.AddScoped<Mock.MockWebService>();
        services.AddScoped<QuestionService>();
        services.AddScoped<StatsService>();
        services.AddScoped(provider => new FsrsSettingsService(
            provider.GetRequiredService<BankLease>().Store,
            provider.GetRequiredService<FsrsScheduler>(),
            provider.GetRequiredService<TimeProvider>(),
            provider.GetRequiredService<IUserContext>().UserId));
        services.AddScoped<UploadImporter>();

        services.AddProblemDetails();
        services.AddRazorPages();
        services.AddOpenApi();
        services.ConfigureHttpJsonOptions(options => options.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower);
        services.AddOptions<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions>()
            .Configure<IOptions<VivaWebOptions>>((kestrel, viva) => kestrel.Limits.MaxRequestBodySize = viva.Value.MaxUploadBytes);
    }

    private static void UsePipeline(WebApplication app)
    {
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            StatusCodeSelector = exception => exception is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status500InternalServerError,
        });
        app.UseStatusCodePages();
        app.UseSecurityHeaders();
        app.UseStaticFiles(new StaticFileOptions { FileProvider = new EmbeddedFileProvider(typeof(VivaWebApp).Assembly, "Viva.Web.wwwroot") });
        app.UseRouting();
        app.UseAntiforgery();

        app.MapOpenApi();
        app.MapGet("/health", () => TypedResults.Text("ok")).WithTags("Health").WithName("Health");
        var api = app.MapGroup("/api").AddEndpointFilter<SameSiteRequests>();
        api.MapQuestionsApi().MapPracticeApi().MapImportApi().MapStatsApi().MapFsrsApi();
        app.MapRazorPages();
    }
}
