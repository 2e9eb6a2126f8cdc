namespace AnimLib.Cli.Preview;

/// <summary>The page's files, embedded in the tool (no npm, no files on disk to tamper with).</summary>
internal static class PageAssets
{
    private static readonly Dictionary<string, string> Types = new(StringComparer.Ordinal)
    {
        ["index.html"] = "text/html; charset=utf-8",
        ["preview.js"] = "text/javascript; charset=utf-8",
        ["preview.css"] = "text/css; charset=utf-8",
    };

    /// <summary>The asset's bytes and content type, or null for any name that is not one of the page's files.</summary>
    public static (byte[] Bytes, string ContentType)? Find(string name)
    {
        if (!Types.TryGetValue(name, out var type)) return null;
        using var stream = typeof(PageAssets).Assembly.GetManifestResourceStream($"AnimLib.Cli.Preview.Page.{name}");
        if (stream is null) return null;
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return (copy.ToArray(), type);
    }
}
