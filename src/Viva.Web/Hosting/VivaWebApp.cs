using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;
using Viva.Core.Grading;
using Viva.Core.Linking;
using Viva.Core.Scheduling;
using Viva.Semantics;
using Viva.Web.Accounts;
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
        var viva = builder.Configuration.GetSection(VivaWebOptions.Section).Get<VivaWebOptions>() ?? new VivaWebOptions();
        if (ExposureRule.Refusal(ListenUrls(builder.Configuration), viva) is { } refusal)
        {
            throw new ExposureRefusedException(refusal);
        }

        if (string.IsNullOrWhiteSpace(builder.Configuration[AllowedHostsKey]))
        {
            builder.Configuration[AllowedHostsKey] = viva.PublicUrl.Length > 0 ? $"{LoopbackHosts};{new Uri(viva.PublicUrl).Host}" : LoopbackHosts;
        }

        AddServices(builder, viva.Accounts);
        configure?.Invoke(builder);
        var app = builder.Build();
        UsePipeline(app, viva.Accounts);
        app.Lifetime.ApplicationStarted.Register(() => WarnIfExposed(app));
        return app;
    }

    // --urls, else the ports a container image sets (ASPNETCORE_HTTP_PORTS), which listen on every interface.
    private static string? ListenUrls(ConfigurationManager configuration) =>
        configuration["urls"] is { Length: > 0 } urls ? urls
        : string.Join(';', $"{configuration["http_ports"]};{configuration["https_ports"]}".Split(';', StringSplitOptions.RemoveEmptyEntries).Select(port => $"http://*:{port}"));

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
        if (!app.Services.GetRequiredService<IOptions<VivaWebOptions>>().Value.Accounts && app.Urls.Any(ListensOnAllInterfaces))
        {
            app.Logger.LogWarning(
                "Listening on every network interface ({Urls}): this mode has no login, so anyone who can reach this machine can read and change the bank. Bind 127.0.0.1 unless that is what you want; allowed host names: {Hosts}",
                string.Join(", ", app.Urls), app.Configuration[AllowedHostsKey]);
        }
    }

    private static void AddServices(WebApplicationBuilder builder, bool accounts)
    {
        var services = builder.Services;
        services.AddOptions<VivaWebOptions>().BindConfiguration(VivaWebOptions.Section).ValidateDataAnnotations().ValidateOnStart();

        // Keys that sign cookies and anti-forgery tokens live with the bank, never in ~/.aspnet, so they survive
        // restarts and move with VIVA_HOME.
        services.AddDataProtection().SetApplicationName("viva");
        services.AddOptions<KeyManagementOptions>().Configure<IOptions<VivaWebOptions>, ILoggerFactory>((keys, viva, logs) =>
            keys.XmlRepository = new FileSystemXmlRepository(new DirectoryInfo(Path.Combine(viva.Value.ResolvedHome(), "keys")), logs));
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
        if (accounts)
        {
            services.AddAccounts(builder.Configuration.GetSection(VivaWebOptions.Section).Get<VivaWebOptions>() ?? new VivaWebOptions());
            services.AddScoped<IUserContext, ClaimsUserContext>();
        }
        else
        {
            services.AddScoped<IUserContext, LocalUserContext>();
        }

        // In server mode the store a request borrows shows that request's account its own documents and the shared ones.
        services.AddScoped(provider =>
            provider.GetRequiredService<BankPool>().Rent(accounts ? provider.GetRequiredService<IUserContext>().UserId : null));

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
        services.AddRazorPages(pages =>
        {
            if (accounts)
            {
                AccountsSetup.ProtectPages(pages.Conventions);
            }
        });
        services.AddOpenApi();
        services.ConfigureHttpJsonOptions(options => options.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower);
        services.AddOptions<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions>()
            .Configure<IOptions<VivaWebOptions>>((kestrel, viva) => kestrel.Limits.MaxRequestBodySize = viva.Value.MaxUploadBytes);
    }

    private static void UsePipeline(WebApplication app, bool accounts)
    {
        if (accounts)
        {
            app.UseProxyHeaders();
        }

        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            StatusCodeSelector = exception => exception is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status500InternalServerError,
        });
        app.UseStatusCodePages();
        app.UseSecurityHeaders();
        app.UseTraceRefusal();
        app.UseStaticFiles(new StaticFileOptions { FileProvider = new EmbeddedFileProvider(typeof(VivaWebApp).Assembly, "Viva.Web.wwwroot") });
        app.UseRouting();
        if (accounts)
        {
            app.UseAccounts();
        }

        app.UseAntiforgery();

        app.MapOpenApi();
        app.MapGet("/health", () => TypedResults.Text("ok")).WithTags("Health").WithName("Health").AllowAnonymous();
        var api = app.MapGroup("/api").AddEndpointFilter<SameSiteRequests>();
        api.MapQuestionsApi().MapPracticeApi().MapImportApi().MapStatsApi().MapFsrsApi();
        app.MapRazorPages();
    }
}
