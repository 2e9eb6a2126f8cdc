using AnimLib.Core.Tests.Support;

namespace AnimLib.Core.Tests.Text;

[Collection(FontWarningsCollection.Name)]
public class FontFallbackTests
{
    [Fact]
    public void MissingFamilyWarnsOnceAndStillRenders()
    {
        string family = $"AnimLib Missing Family {Guid.NewGuid():N}";
        var lines = new System.Collections.Concurrent.ConcurrentQueue<string>();
        var previous = MissingFontWarnings.Sink;
        MissingFontWarnings.Sink = lines.Enqueue;
        try
        {
            var first = new AnimLib.Mobjects.Text("Hello", font: family);
            var again = new AnimLib.Mobjects.Text("World", font: family, weight: FontWeight.Bold);
            Assert.Equal(5, first.Count);
            Assert.Equal(5, again.Count);
            Assert.All(first.Members.Concat(again.Members), g => Assert.True(g.Points.Length >= 4));
            Assert.InRange(first.GetHeight(), 0.2, 0.4);
        }
        finally
        {
            MissingFontWarnings.Sink = previous;
        }
        var mine = lines.Where(l => l.Contains(family)).ToList();
        var warning = Assert.Single(mine);
        Assert.DoesNotContain('\n', warning);
        Assert.Contains($"Install the {family} font", warning);
    }

    [Fact]
    public void CmuSerifHintNamesTheDebianPackage()
    {
        string warning = MissingFontWarnings.Message("CMU Serif", "DejaVu Serif");
        Assert.Contains("\"CMU Serif\"", warning);
        Assert.Contains("\"DejaVu Serif\"", warning);
        Assert.Contains(File.Exists("/etc/debian_version") ? "sudo apt-get install fonts-cmu" : "Install the CMU Serif font", warning);
    }
}
