using Microsoft.AspNetCore.Http;

namespace AnimLib.Cli.Preview;

/// <summary>
/// Refuses requests not meant for this preview. The server listens on 127.0.0.1 only, but a web page elsewhere can still
/// point a name it controls at 127.0.0.1 (DNS rebinding) or post from its own origin; so the Host must be this
/// server's own address (else 421) and an Origin, when the browser sends one, must be this page's (else 403).
/// </summary>
public sealed class LoopbackGuard(Func<int> port)
{
    /// <summary>Null when the request may proceed, else the status code to answer with.</summary>
    public int? Check(HttpRequest request)
    {
        int p = port();
        string host = request.Headers.Host.ToString();
        if (!IsOwn(host, p)) return StatusCodes.Status421MisdirectedRequest;
        string origin = request.Headers.Origin.ToString();
        if (origin.Length > 0 && !(origin.StartsWith("http://", StringComparison.Ordinal) && IsOwn(origin["http://".Length..], p)))
            return StatusCodes.Status403Forbidden;
        return null;
    }

    private static bool IsOwn(string hostAndPort, int port) =>
        string.Equals(hostAndPort, $"127.0.0.1:{port}", StringComparison.Ordinal)
        || string.Equals(hostAndPort, $"localhost:{port}", StringComparison.OrdinalIgnoreCase);
}
