using System.Globalization;
using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace AnimLib.Cli.Preview;

/// <summary>
/// The preview's web server: ASP.NET Core (Kestrel) on 127.0.0.1 only. It serves the embedded page, the session's
/// state as JSON and as server-sent events, and the files the session wrote, by name; every other path is 404.
/// </summary>
public sealed class PreviewServer : IAsyncDisposable
{
    private readonly PreviewSession _session;
    private readonly WebApplication _app;
    private int _port;

    private PreviewServer(PreviewSession session, WebApplication app)
    {
        _session = session;
        _app = app;
    }

    /// <summary>The port listened on.</summary>
    public int Port => _port;

    /// <summary>The page's address.</summary>
    public string Url => $"http://127.0.0.1:{_port}/";

    /// <summary>Starts serving <paramref name="session"/> on 127.0.0.1:<paramref name="port"/> (0: a free port).</summary>
    public static async Task<PreviewServer> StartAsync(PreviewSession session, int port = 0)
    {
        // The empty builder reads no appsettings.json or environment: nothing in the scene project configures the server.
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.WebHost.UseKestrelCore();
        builder.WebHost.ConfigureKestrel(o =>
        {
            o.AddServerHeader = false;
            o.Listen(IPAddress.Loopback, port);
        });
        builder.Services.AddRoutingCore();
        builder.Services.AddLogging();
        var app = builder.Build();
        var server = new PreviewServer(session, app);
        server.Map();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server._port = new Uri(address).Port;
        return server;
    }

    private static readonly JsonSerializerOptions Json = new() { DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.Never };

    private void Map()
    {
        var guard = new LoopbackGuard(() => _port);
        _app.Use(async (context, next) =>
        {
            if (guard.Check(context.Request) is { } status)
            {
                context.Response.StatusCode = status;
                return;
            }
            var headers = context.Response.Headers;
            // The page runs only its own script: nothing from the scene (names, messages) is ever run or parsed as HTML.
            headers.ContentSecurityPolicy = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; media-src 'self'; "
                                            + "connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "no-referrer";
            headers.CacheControl = "no-store";
            await next(context);
        });
        _app.MapGet("/", context => Asset(context, "index.html"));
        _app.MapGet("/preview.js", context => Asset(context, "preview.js"));
        _app.MapGet("/preview.css", context => Asset(context, "preview.css"));
        _app.MapGet("/api/state", context => context.Response.WriteAsJsonAsync(_session.State, Json));
        _app.MapGet("/api/events", Events);
        _app.MapGet("/media/{name}", context =>
        {
            string name = (string)context.Request.RouteValues["name"]!;
            if (_session.FileFor(name) is not { } path || !File.Exists(path))
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return Task.CompletedTask;
            }
            string type = name.EndsWith(".png", StringComparison.Ordinal) ? "image/png" : "video/mp4";
            return Results.File(path, type, enableRangeProcessing: true).ExecuteAsync(context);
        });
        _app.MapPost("/api/still", async context =>
        {
            if (!double.TryParse(context.Request.Query["t"], NumberStyles.Float, CultureInfo.InvariantCulture, out double t) || t < 0 || !double.IsFinite(t))
            {
                context.Response.StatusCode = StatusCodes.Status400BadRequest;
                return;
            }
            string? url = await Task.Run(() => _session.RenderStill(t));
            if (url is null) context.Response.StatusCode = StatusCodes.Status409Conflict;
            else await context.Response.WriteAsJsonAsync(new { url });
        });
        _app.MapPost("/api/scene", async context =>
        {
            string name = context.Request.Query["name"].ToString();
            bool known = await Task.Run(() => _session.SelectScene(name));
            context.Response.StatusCode = known ? StatusCodes.Status204NoContent : StatusCodes.Status404NotFound;
        });
        // Anything else, including ../ paths that Kestrel has already normalised, is simply not here.
        _app.MapFallback(context =>
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        });
    }

    private static async Task Asset(HttpContext context, string name)
    {
        if (PageAssets.Find(name) is not { } asset)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }
        context.Response.ContentType = asset.ContentType;
        await context.Response.Body.WriteAsync(asset.Bytes);
    }

    // Server-sent events: the whole state on connect and after every change; a comment every 15 s keeps proxies and
    // the browser from closing an idle stream.
    private async Task Events(HttpContext context)
    {
        var response = context.Response;
        response.ContentType = "text/event-stream";
        var aborted = context.RequestAborted;
        int sent = -1;
        try
        {
            while (!aborted.IsCancellationRequested)
            {
                var changed = _session.Changed;
                var state = _session.State;
                if (state.Version != sent)
                {
                    sent = state.Version;
                    await response.WriteAsync($"event: state\ndata: {JsonSerializer.Serialize(state, Json)}\n\n", System.Text.Encoding.UTF8, aborted);
                    await response.Body.FlushAsync(aborted);
                    continue;
                }
                var done = await Task.WhenAny(changed, Task.Delay(TimeSpan.FromSeconds(15), aborted));
                if (done != changed)
                {
                    await response.WriteAsync(": keep-alive\n\n", aborted);
                    await response.Body.FlushAsync(aborted);
                }
            }
        }
        catch (OperationCanceledException)
        {
            // The page went away.
        }
    }

    /// <summary>Stops the server.</summary>
    public async ValueTask DisposeAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
        await _app.StopAsync(timeout.Token);
        await _app.DisposeAsync();
    }
}
