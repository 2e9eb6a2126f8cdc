using static AnimLib.Anim;
using static AnimLib.Directions;

namespace MyScenes;

/// <summary>
/// Code on screen: a C# method is typed in, then edited twice (a rename, then an inserted line) with only the changed
/// tokens animating, and each edit's lines are highlighted.
/// </summary>
public sealed class CodeExample : Scene
{
    private const string Typed = """
        static int Sum(int[] values)
        {
            int total = 0;
            foreach (var v in values)
                total += v;
            return total;
        }
        """;

    // The rename: total becomes sum on lines 3, 5 and 6.
    private const string Renamed = """
        static int Sum(int[] values)
        {
            int sum = 0;
            foreach (var v in values)
                sum += v;
            return sum;
        }
        """;

    // The inserted line 6 logs the result before it is returned.
    private const string Logged = """
        static int Sum(int[] values)
        {
            int sum = 0;
            foreach (var v in values)
                sum += v;
            Console.WriteLine($"sum = {sum}");
            return sum;
        }
        """;

    /// <inheritdoc/>
    protected override void Construct()
    {
        var code = new Code(Typed, "csharp", fontSize: 36).Shift(Up * 0.4f);
        Play(TypeCode(code, charsPerSecond: 30));
        Wait(0.5);

        Play(code.Animate().SetSource(Renamed));
        Play(HighlightLines(code, 3..6));

        Play(code.Animate().SetSource(Logged));
        Play(HighlightLines(code, 6..6));
        Wait();
    }
}
