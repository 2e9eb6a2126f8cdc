using System.Globalization;
using AnimLib.Cli.Preview;
using AnimLib.Cli.Tests.Support;
using Microsoft.Playwright;

namespace AnimLib.Cli.Tests.Preview;

/// <summary>
/// The preview page in a real browser: headless Chromium from Debian's <c>chromium</c> package (scripts/setup installs
/// it), driven by Playwright with the system browser's executable, so nothing is downloaded. Screenshots go to
/// $ANIMLIB_SCREENSHOTS, else to screenshots/ beside the tests.
/// </summary>
public sealed class PreviewBrowserTests
{
    private static string ChromiumPath()
    {
        string[] candidates = [Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "", "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];
        return candidates.FirstOrDefault(p => p.Length > 0 && File.Exists(p))
               ?? throw new InvalidOperationException("No Chromium found: run scripts/setup (it installs Debian's chromium) or set CHROMIUM_PATH.");
    }

    private static string Screenshots()
    {
        string folder = Environment.GetEnvironmentVariable("ANIMLIB_SCREENSHOTS") is { Length: > 0 } dir ? dir : Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(folder);
        return folder;
    }

    // Draws the video's frame at t on a canvas and reads the centre pixel: the colour the viewer sees.
    private const string CentreColour = """
        async t => {
          const v = document.getElementById('video');
          v.pause();
          await new Promise(resolve => { v.addEventListener('seeked', resolve, { once: true }); v.currentTime = t; });
          const c = document.createElement('canvas');
          c.width = v.videoWidth; c.height = v.videoHeight;
          const g = c.getContext('2d');
          g.drawImage(v, 0, 0);
          return Array.from(g.getImageData(c.width >> 1, c.height >> 1, 1, 1).data);
        }
        """;

    private static async Task<int[]> ColourAt(IPage page, double t) => await page.EvaluateAsync<int[]>(CentreColour, t);

    private static Task WaitFor(IPage page, string condition, int seconds = 60) =>
        page.WaitForFunctionAsync(condition, null, new PageWaitForFunctionOptions { Timeout = seconds * 1000 });

    [Fact]
    public async Task The_page_follows_edits_errors_and_presents_sections()
    {
        using var project = new PreviewProject(PreviewScenes.Three("Blue"));
        var (session, source) = project.Session(320, 180, 10);
        await using var host = await PreviewHost.StartAsync(session, source);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath(),
            Headless = true,
            Args = ["--autoplay-policy=no-user-gesture-required"],
        });
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1100, Height = 820 } });
        var problems = new List<string>();
        page.Console += (_, m) => { if (m.Type == "error") problems.Add(m.Text); };
        page.PageError += (_, e) => problems.Add(e);
        await page.GotoAsync(host.Url);

        // The timeline: one bar per animation, a marker per section, once the video is loaded.
        await WaitFor(page, "() => document.body.dataset.loaded && document.querySelectorAll('.bar').length === 4");
        Assert.Equal(2, await page.Locator(".section").CountAsync());
        Assert.Equal("FadeIn(Square)", (await page.Locator(".bar").Nth(0).Locator("span").First.TextContentAsync())?.Trim());
        string folder = Screenshots();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, "preview-timeline.png") });

        // Clicking the third bar puts the playhead at its start.
        await page.Locator(".bar").Nth(2).ClickAsync();
        double start = double.Parse((await page.Locator(".bar").Nth(2).GetAttributeAsync("data-start"))!, CultureInfo.InvariantCulture);
        Assert.Equal(session.State.Animations[2].Start, start, 6);
        Assert.Equal(start, await page.EvaluateAsync<double>("() => document.getElementById('video').currentTime"), 3);

        var blue = await ColourAt(page, 0.95);
        Assert.True(blue[2] > 150 && blue[0] < 120, $"expected blue, got {string.Join(",", blue)}");

        // Saving an edit: the page loads the new video by itself.
        string firstVideo = session.State.Video!;
        project.Write(PreviewScenes.Three("Yellow"));
        await WaitFor(page, $"() => document.body.dataset.loaded && document.body.dataset.loaded !== '{firstVideo}'");
        var yellow = await ColourAt(page, 0.95);
        Assert.True(yellow[0] > 150 && yellow[1] > 150 && yellow[2] < 150, $"expected yellow, got {string.Join(",", yellow)}");

        // A syntax error shows over the last good video, with its line; fixing it clears it.
        project.Write(PreviewScenes.Three("Yellow").Replace("Remove(b);", "Remove(b)", StringComparison.Ordinal));
        await WaitFor(page, "() => !document.getElementById('error').hidden");
        string error = await page.Locator("#error-text").TextContentAsync() ?? "";
        Assert.Contains("Scenes.cs:15:", error, StringComparison.Ordinal);
        Assert.Contains("CS1002", error, StringComparison.Ordinal);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, "preview-error.png") });
        project.Write(PreviewScenes.Three("Yellow"));
        await WaitFor(page, "() => document.getElementById('error').hidden && document.body.dataset.busy === 'false'");

        // Present mode: the first section plays and stops at the NextSection; → plays the second.
        await page.Keyboard.PressAsync("p");
        await WaitFor(page, "() => document.body.dataset.presentState === 'stopped' && document.body.dataset.section === '0'", 20);
        double end0 = session.State.Sections[1].Start;
        double at = await page.EvaluateAsync<double>("() => document.getElementById('video').currentTime");
        Assert.InRange(at, end0 - 0.2, end0);
        await page.Keyboard.PressAsync("ArrowRight");
        await WaitFor(page, "() => document.body.dataset.section === '1' && document.body.dataset.presentState === 'stopped'", 20);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, "preview-present.png") });
        await page.Keyboard.PressAsync("ArrowLeft");
        await WaitFor(page, "() => document.body.dataset.section === '0'", 20);
        await page.Keyboard.PressAsync("Escape");

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }
}
