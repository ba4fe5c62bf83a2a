var app = Viva.Web.Hosting.VivaWebApp.Build(args);
await app.RunAsync();
