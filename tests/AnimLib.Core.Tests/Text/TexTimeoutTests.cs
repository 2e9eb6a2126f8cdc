using System.Diagnostics;

namespace AnimLib.Core.Tests.Text;

/// <summary>latex is stopped at the time limit; the error names the formula and the limit, and nothing is cached.</summary>
public sealed class TexTimeoutTests : IDisposable
{
    private readonly string _cache = Path.Combine(Path.GetTempPath(), "animlib-tex-timeout-cache-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_cache)) Directory.Delete(_cache, recursive: true);
    }

    [Fact]
    public void AnEndlessMacroIsStoppedAtTheLimit()
    {
        const string body = @"\def\x{\x}\x";
        var limit = TimeSpan.FromSeconds(2);
        var clock = Stopwatch.StartNew();

        var ex = Assert.Throws<TexCompilationException>(
            () => TexCompiler.CompileToSvg(TexCompiler.BuildDocument(body), body, _cache, limit));

        Assert.InRange(clock.Elapsed, limit, limit + TimeSpan.FromSeconds(5));
        Assert.Equal(body, ex.TexSource);
        Assert.Contains(body, ex.Message);
        Assert.Contains("2 s", ex.Message);
        Assert.Contains(TexCompiler.TimeoutEnvironmentVariable, ex.Message);
        Assert.False(Directory.Exists(_cache) && Directory.EnumerateFileSystemEntries(_cache).Any(), "a stopped compile left a cache entry");
    }

    [Fact]
    public void AMacroThatPrintsForEverIsStoppedWithBoundedMemory()
    {
        // Prints about 16 MB a second to the terminal and the log: the limit stops it, and the capture stays small.
        const string body = @"\loop\message{aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa}\iftrue\repeat";
        var limit = TimeSpan.FromSeconds(2);
        var clock = Stopwatch.StartNew();

        var ex = Assert.Throws<TexCompilationException>(
            () => TexCompiler.CompileToSvg(TexCompiler.BuildDocument(body), body, _cache, limit));

        Assert.True(clock.Elapsed < limit + TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
        Assert.Contains(body, ex.Message);
        Assert.True(ex.Message.Length < 20_000, $"message of {ex.Message.Length} characters");
        Assert.False(Directory.Exists(_cache) && Directory.EnumerateFileSystemEntries(_cache).Any());
    }

    [Theory]
    [InlineData(null, 30)]
    [InlineData("", 30)]
    [InlineData("2.5", 2.5)]
    [InlineData(" 120 ", 120)]
    public void TheLimitComesFromTheEnvironment(string? value, double seconds) =>
        Assert.Equal(TimeSpan.FromSeconds(seconds), TexCompiler.ParseTimeout(value));

    [Theory]
    [InlineData("abc")]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("NaN")]
    [InlineData("Infinity")]
    [InlineData("1e300")]
    public void AnUnusableLimitInTheEnvironmentIsNamed(string value)
    {
        var ex = Assert.Throws<InvalidOperationException>(() => TexCompiler.ParseTimeout(value));
        Assert.Contains(TexCompiler.TimeoutEnvironmentVariable, ex.Message);
        Assert.Contains(value, ex.Message);
    }

    [Fact]
    public void AnUnusableLimitIsRejectedWhenSet()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => TexCompiler.Timeout = TimeSpan.Zero);
        Assert.Throws<ArgumentOutOfRangeException>(() => TexCompiler.Timeout = TimeSpan.FromSeconds(-1));
        Assert.Throws<ArgumentOutOfRangeException>(() => TexCompiler.Timeout = System.Threading.Timeout.InfiniteTimeSpan);
    }
}

/// <summary>
/// The reported cases through the public API. They set <see cref="TexCompiler.Timeout"/> and
/// <see cref="TexCompiler.CacheDirectory"/>, which every Tex reads, so they run alone.
/// </summary>
[Collection(TexGlobalSettingsCollection.Name)]
public sealed class TexReportedCasesTests
{
    [Fact]
    public void TexOfAnEndlessMacroReturnsWithTheError()
    {
        var (timeout, cache) = (TexCompiler.Timeout, TexCompiler.CacheDirectory);
        string dir = Path.Combine(Path.GetTempPath(), "animlib-tex-reported-" + Guid.NewGuid().ToString("N"));
        TexCompiler.Timeout = TimeSpan.FromSeconds(2);
        TexCompiler.CacheDirectory = dir;
        try
        {
            var clock = Stopwatch.StartNew();
            var ex = Assert.Throws<TexCompilationException>(() => new Tex(@"\def\x{\x}\x"));
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(7), $"took {clock.Elapsed}");
            Assert.Contains(@"\def\x{\x}\x", ex.Message);
            Assert.Contains("2 s", ex.Message);
            Assert.Contains("TexCompiler.Timeout", ex.Message);
            Assert.False(Directory.Exists(dir) && Directory.EnumerateFileSystemEntries(dir).Any());
        }
        finally
        {
            (TexCompiler.Timeout, TexCompiler.CacheDirectory) = (timeout, cache);
            if (Directory.Exists(dir)) Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void TexTextOfTheHostnameFileIsRefused()
    {
        if (!File.Exists("/etc/hostname")) return; // The reported case needs that file.
        var cache = TexCompiler.CacheDirectory;
        string dir = Path.Combine(Path.GetTempPath(), "animlib-tex-reported-" + Guid.NewGuid().ToString("N"));
        TexCompiler.CacheDirectory = dir;
        try
        {
            var ex = Assert.Throws<TexCompilationException>(() => new TexText(@"\input{/etc/hostname}"));
            Assert.Contains(@"\input{/etc/hostname}", ex.Message);
            Assert.Contains("outside", ex.Message);
        }
        finally
        {
            TexCompiler.CacheDirectory = cache;
            if (Directory.Exists(dir)) Directory.Delete(dir, recursive: true);
        }
    }
}

/// <summary>Tests that change <see cref="TexCompiler"/>'s process-wide settings, run apart from all others.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TexGlobalSettingsCollection
{
    /// <summary>The collection's name.</summary>
    public const string Name = "TeX process-wide settings";
}
