namespace AnimLib.Core.Tests.Code;

/// <summary>Versions of one C# method used across the code tests: the original, a rename, and an inserted line.</summary>
internal static class CodeSamples
{
    internal const string Original = """
        static int Sum(int[] values)
        {
            int total = 0;
            foreach (var v in values)
                total += v;
            return total;
        }
        """;

    internal const string Renamed = """
        static int Sum(int[] values)
        {
            int sum = 0;
            foreach (var v in values)
                sum += v;
            return sum;
        }
        """;

    internal const string Inserted = """
        static int Sum(int[] values)
        {
            int sum = 0;
            foreach (var v in values)
                sum += v;
            Console.WriteLine(sum);
            return sum;
        }
        """;
}
