using System.Net;
using System.Net.NetworkInformation;
using System.Net.Sockets;
using AnimLib.Cli.Preview;
using AnimLib.Cli.Tests.Support;

namespace AnimLib.Cli.Tests.Preview;

/// <summary>One preview server for all the security tests: starting one compiles and renders a scene.</summary>
public sealed class PreviewServerFixture : IAsyncLifetime
{
    private readonly PreviewProject _project = new(PreviewScenes.Three());

    public PreviewSession Session { get; private set; } = null!;

    public PreviewServer Server { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        (Session, _) = _project.Session(64, 36, 5);
        Session.Rebuild();
        Server = await PreviewServer.StartAsync(Session);
    }

    public async Task DisposeAsync()
    {
        await Server.DisposeAsync();
        Session.Dispose();
        _project.Dispose();
    }
}

/// <summary>The preview server answers only its own page on 127.0.0.1: DNS rebinding, foreign origins and path traversal fail.</summary>
public sealed class PreviewServerSecurityTests(PreviewServerFixture fixture) : IClassFixture<PreviewServerFixture>
{
    private readonly PreviewSession _session = fixture.Session;
    private readonly PreviewServer _server = fixture.Server;

    /// <summary>Sends one raw request (no client-side path normalisation) and returns the status code.</summary>
    private async Task<int> Raw(string target, string host, string? origin = null, string method = "GET")
    {
        using var client = new TcpClient();
        await client.ConnectAsync(IPAddress.Loopback, _server.Port);
        using var stream = client.GetStream();
        string request = $"{method} {target} HTTP/1.1\r\nHost: {host}\r\n" + (origin is null ? "" : $"Origin: {origin}\r\n")
                         + "Content-Length: 0\r\nConnection: close\r\n\r\n";
        await stream.WriteAsync(System.Text.Encoding.ASCII.GetBytes(request));
        using var reader = new StreamReader(stream, System.Text.Encoding.ASCII);
        string status = await reader.ReadLineAsync() ?? "";
        return int.Parse(status.Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
    }

    private string Own => $"127.0.0.1:{_server.Port}";

    [Fact]
    public async Task The_page_and_its_media_are_served_to_their_own_host()
    {
        Assert.Equal(200, await Raw("/", Own));
        Assert.Equal(200, await Raw("/", $"localhost:{_server.Port}"));
        Assert.Equal(200, await Raw("/preview.js", Own));
        Assert.Equal(200, await Raw(_session.State.Video!, Own));
        Assert.Equal(200, await Raw("/api/state", Own, origin: $"http://{Own}"));
    }

    [Fact]
    public async Task The_still_button_renders_a_PNG_the_page_can_show()
    {
        using var http = new HttpClient { BaseAddress = new Uri(_server.Url) };
        using var response = await http.PostAsync("/api/still?t=0.7", null);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        string url = json.RootElement.GetProperty("url").GetString()!;
        Assert.StartsWith("/media/ThreeShapes_at_0.7s", url, StringComparison.Ordinal);
        using var png = await http.GetAsync(url);
        Assert.Equal("image/png", png.Content.Headers.ContentType?.MediaType);
        Assert.Equal(0x89, (await png.Content.ReadAsByteArrayAsync())[0]);
    }

    [Theory]
    [InlineData("evil.example")]
    [InlineData("evil.example:80")]
    [InlineData("127.0.0.1")]
    [InlineData("127.0.0.1.nip.io:{port}")]
    public async Task A_foreign_Host_header_is_refused(string host)
    {
        int status = await Raw("/api/state", host.Replace("{port}", _server.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));
        Assert.Contains(status, new[] { 403, 421 });
    }

    [Fact]
    public async Task A_foreign_Origin_is_refused()
    {
        Assert.Equal(403, await Raw("/api/state", Own, origin: "http://evil.example"));
        Assert.Equal(403, await Raw($"/api/still?t=0", Own, origin: "https://evil.example", method: "POST"));
        Assert.Equal(403, await Raw($"/api/scene?name=ThreeShapes", Own, origin: "null", method: "POST"));
    }

    [Theory]
    [InlineData("/../../../../etc/passwd")]
    [InlineData("/media/../../../../etc/passwd")]
    [InlineData("/media/..%2F..%2F..%2F..%2Fetc%2Fpasswd")]
    [InlineData("/media/%2e%2e%2fScenes.cs")]
    [InlineData("/media/Scenes.cs")]
    [InlineData("/Scenes.cs")]
    [InlineData("/PreviewScenes.csproj")]
    [InlineData("/index.html/../../Scenes.cs")]
    public async Task Paths_outside_the_previews_own_files_are_404(string path)
    {
        Assert.Equal(404, await Raw(path, Own));
    }

    [Fact]
    public async Task The_server_listens_on_127_0_0_1_only()
    {
        var others = NetworkInterface.GetAllNetworkInterfaces()
            .SelectMany(n => n.GetIPProperties().UnicastAddresses)
            .Select(a => a.Address)
            .Where(a => !IPAddress.IsLoopback(a) && a.AddressFamily == AddressFamily.InterNetwork)
            .ToList();
        foreach (var address in others.Append(IPAddress.IPv6Loopback))
        {
            using var client = new TcpClient(address.AddressFamily);
            await Assert.ThrowsAnyAsync<SocketException>(() => client.ConnectAsync(address, _server.Port));
        }
        var listeners = IPGlobalProperties.GetIPGlobalProperties().GetActiveTcpListeners().Where(l => l.Port == _server.Port).ToList();
        Assert.NotEmpty(listeners);
        Assert.All(listeners, l => Assert.Equal(IPAddress.Loopback, l.Address));
    }
}
