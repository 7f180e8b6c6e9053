//===-- report.cpp - Per-channel statistics, formatted with {fmt} ---------===//
//
// Split "report". Computes each channel's histogram and from it the
// extremes, percentiles, mean, standard deviation, Shannon entropy and
// clipping, then lays out a table, one sparkline per channel and a
// luminance histogram with {fmt} (Debian's libfmt-dev, header-only:
// FMT_HEADER_ONLY), formatting into a memory buffer written at once.
//
//===----------------------------------------------------------------------===//
#include "image.h"

#include <array>
#include <cmath>
#include <cstdio>
#include <fmt/format.h>
#include <fmt/ranges.h>
#include <iterator>

using namespace imgtool;

namespace {

struct ChannelStats {
  std::array<std::uint64_t, 256> Histogram{};
  std::uint64_t Count = 0;
  int Min = 255, Max = 0, P5 = 0, Median = 0, P95 = 0;
  double Mean = 0, StdDev = 0, Entropy = 0;
  double Dark = 0, Bright = 0; // fraction at 0 and at 255
};

ChannelStats statsOf(const std::array<std::uint64_t, 256> &H) {
  ChannelStats S;
  S.Histogram = H;
  double Sum = 0, Sum2 = 0;
  for (int V = 0; V < 256; ++V) {
    S.Count += H[V];
    Sum += double(V) * H[V];
    Sum2 += double(V) * V * H[V];
    if (H[V]) {
      S.Min = std::min(S.Min, V);
      S.Max = std::max(S.Max, V);
    }
  }
  if (!S.Count)
    return S;
  S.Mean = Sum / S.Count;
  S.StdDev = std::sqrt(std::max(0.0, Sum2 / S.Count - S.Mean * S.Mean));
  auto Percentile = [&](double P) {
    std::uint64_t Want = static_cast<std::uint64_t>(std::ceil(P * S.Count));
    std::uint64_t Seen = 0;
    for (int V = 0; V < 256; ++V)
      if ((Seen += H[V]) >= Want && Want > 0)
        return V;
    return S.Min;
  };
  S.P5 = Percentile(0.05);
  S.Median = Percentile(0.5);
  S.P95 = Percentile(0.95);
  for (std::uint64_t N : H)
    if (N) {
      double P = double(N) / S.Count;
      S.Entropy -= P * std::log2(P);
    }
  S.Dark = double(H[0]) / S.Count;
  S.Bright = double(H[255]) / S.Count;
  return S;
}

/// 32 bins as characters of increasing ink.
std::string sparkline(const std::array<std::uint64_t, 256> &H) {
  static const char Ramp[] = " _.-:=+*#@";
  std::array<std::uint64_t, 32> Bins{};
  for (int V = 0; V < 256; ++V)
    Bins[V / 8] += H[V];
  std::uint64_t Max = 1;
  for (std::uint64_t B : Bins)
    Max = std::max(Max, B);
  std::string Line;
  for (std::uint64_t B : Bins)
    Line += Ramp[B == 0 ? 0 : 1 + static_cast<int>(8.999 * B / Max)];
  return Line;
}

} // namespace

void imgtool::printReport(const Image &Img) {
  fmt::memory_buffer Out;
  auto Put = std::back_inserter(Out);
  std::size_t N = static_cast<std::size_t>(Img.Width) * Img.Height;

  std::vector<ChannelStats> Stats;
  std::array<std::uint64_t, 256> Luma{};
  int CC = Img.colorChannels();
  for (int C = 0; C < Img.Channels; ++C) {
    std::array<std::uint64_t, 256> H{};
    for (std::size_t I = 0; I < N; ++I)
      ++H[Img.Pixels[I * Img.Channels + C]];
    Stats.push_back(statsOf(H));
  }
  for (std::size_t I = 0; I < N; ++I) {
    const std::uint8_t *P = &Img.Pixels[I * Img.Channels];
    double Y = CC == 1 ? P[0] : 0.299 * P[0] + 0.587 * P[1] + 0.114 * P[2];
    ++Luma[static_cast<int>(std::lround(Y))];
  }
  ChannelStats L = statsOf(Luma);

  std::vector<double> Means;
  for (int C = 0; C < CC; ++C)
    Means.push_back(Stats[C].Mean);
  fmt::format_to(Put, "report: {}x{}, {} pixels, mean colour ({:.1f})\n",
                 Img.Width, Img.Height, N, fmt::join(Means, ", "));
  fmt::format_to(Put, "  {:<4} {:>4} {:>4} {:>6} {:>4} {:>4} {:>8} {:>7} "
                      "{:>8} {:>7}\n",
                 "chan", "min", "p5", "median", "p95", "max", "mean",
                 "stddev", "entropy", "clipped");
  auto Row = [&](const char *Name, const ChannelStats &S) {
    fmt::format_to(Put, "  {:<4} {:>4} {:>4} {:>6} {:>4} {:>4} {:>8.2f} "
                        "{:>7.2f} {:>8.3f} {:>6.2f}%\n",
                   Name, S.Min, S.P5, S.Median, S.P95, S.Max, S.Mean,
                   S.StdDev, S.Entropy, 100 * (S.Dark + S.Bright));
  };
  for (int C = 0; C < Img.Channels; ++C)
    Row(channelName(Img, C), Stats[C]);
  if (CC > 1)
    Row("luma", L);

  fmt::format_to(Put, "\n  histograms (0 .. 255, 32 bins)\n");
  for (int C = 0; C < Img.Channels; ++C)
    fmt::format_to(Put, "  {:<4} |{}|\n", channelName(Img, C),
                   sparkline(Stats[C].Histogram));

  fmt::format_to(Put, "\n  luminance\n");
  std::array<std::uint64_t, 16> Bins{};
  for (int V = 0; V < 256; ++V)
    Bins[V / 16] += Luma[V];
  std::uint64_t Max = 1;
  for (std::uint64_t B : Bins)
    Max = std::max(Max, B);
  for (int B = 0; B < 16; ++B)
    fmt::format_to(Put, "  {:>3}-{:<3} {:>6} {:5.1f}%{}{}\n", 16 * B,
                   16 * B + 15, Bins[B], 100.0 * Bins[B] / (N ? N : 1),
                   Bins[B] ? " " : "",
                   std::string((Bins[B] * 40 + Max - 1) / Max, '#'));
  const char *Exposure = L.Mean < 70    ? "dark (underexposed?)"
                         : L.Mean > 185 ? "bright (overexposed?)"
                                        : "balanced";
  fmt::format_to(Put, "  exposure: {}; contrast (p95 - p5): {}\n", Exposure,
                 L.P95 - L.P5);
  std::fwrite(Out.data(), 1, Out.size(), stdout);
}
