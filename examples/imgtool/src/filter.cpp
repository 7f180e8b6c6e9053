//===-- filter.cpp - Convolution filters with Eigen -----------------------===//
//
// Split "filter". Each filter is a separable convolution written as linear
// algebra: a channel is an H x W matrix X, a 1-D kernel along the columns
// is a sparse banded H x H operator V and along the rows a W x W operator
// R, and the filtered channel is V * X * R^T. Edges are clamped: the
// operators' boundary rows fold the kernel taps that fall outside the image
// onto the edge pixel, so every row still sums to the kernel's sum.
//
//   blur     Gaussian, sigma pixels (radius 3 sigma)
//   sharpen  unsharp mask: X + k (X - blur(X, 1))
//   edges    Sobel gradient magnitude of the luminance, one grey channel,
//            stretched so that the strongest edge is white
//
//===----------------------------------------------------------------------===//
#include "image.h"

#include <Eigen/Dense>
#include <Eigen/Sparse>
#include <cmath>

using namespace imgtool;

namespace {

using Matrix = Eigen::MatrixXf;
using Operator = Eigen::SparseMatrix<float>;

/// The N x N operator that convolves with Kernel (odd length, centred)
/// along one axis, clamping at the edges.
Operator convolution(int N, const Eigen::VectorXf &Kernel) {
  int Radius = static_cast<int>(Kernel.size()) / 2;
  std::vector<Eigen::Triplet<float>> Taps;
  Taps.reserve(static_cast<std::size_t>(N) * Kernel.size());
  for (int I = 0; I < N; ++I)
    for (int J = -Radius; J <= Radius; ++J) {
      int Col = I + J < 0 ? 0 : I + J >= N ? N - 1 : I + J;
      Taps.emplace_back(I, Col, Kernel[J + Radius]);
    }
  Operator Op(N, N);
  Op.setFromTriplets(Taps.begin(), Taps.end()); // duplicates add up
  return Op;
}

Eigen::VectorXf gaussian(double Sigma) {
  int Radius = static_cast<int>(std::ceil(3 * Sigma));
  Eigen::VectorXf K(2 * Radius + 1);
  for (int I = -Radius; I <= Radius; ++I)
    K[I + Radius] = static_cast<float>(std::exp(-0.5 * I * I / (Sigma * Sigma)));
  return K / K.sum();
}

Matrix channelMatrix(const Image &Img, int C) {
  Matrix X(Img.Height, Img.Width);
  for (int Y = 0; Y < Img.Height; ++Y)
    for (int Col = 0; Col < Img.Width; ++Col)
      X(Y, Col) = Img.at(Col, Y, C);
  return X;
}

void storeChannel(Image &Img, int C, const Matrix &X) {
  for (int Y = 0; Y < Img.Height; ++Y)
    for (int Col = 0; Col < Img.Width; ++Col) {
      float V = std::nearbyint(X(Y, Col));
      Img.at(Col, Y, C) =
          static_cast<std::uint8_t>(V < 0 ? 0 : V > 255 ? 255 : V);
    }
}

Matrix separable(const Matrix &X, const Eigen::VectorXf &Vertical,
                 const Eigen::VectorXf &Horizontal) {
  Operator V = convolution(static_cast<int>(X.rows()), Vertical);
  Operator R = convolution(static_cast<int>(X.cols()), Horizontal);
  Matrix VX = V * X;
  return VX * Operator(R.transpose());
}

void blur(Image &Img, double Sigma) {
  Eigen::VectorXf K = gaussian(Sigma);
  for (int C = 0; C < Img.colorChannels(); ++C)
    storeChannel(Img, C, separable(channelMatrix(Img, C), K, K));
}

void sharpen(Image &Img, double Amount) {
  Eigen::VectorXf K = gaussian(1.0);
  for (int C = 0; C < Img.colorChannels(); ++C) {
    Matrix X = channelMatrix(Img, C);
    Matrix Detail = X - separable(X, K, K);
    storeChannel(Img, C, X + static_cast<float>(Amount) * Detail);
  }
}

void edges(Image &Img) {
  // Luminance (Rec. 601) as a matrix.
  Matrix L(Img.Height, Img.Width);
  int CC = Img.colorChannels();
  for (int Y = 0; Y < Img.Height; ++Y)
    for (int X = 0; X < Img.Width; ++X)
      L(Y, X) = CC == 1 ? Img.at(X, Y, 0)
                        : 0.299f * Img.at(X, Y, 0) + 0.587f * Img.at(X, Y, 1) +
                              0.114f * Img.at(X, Y, 2);
  Eigen::VectorXf Smooth(3), Derive(3);
  Smooth << 1, 2, 1;
  Derive << -1, 0, 1;
  Matrix Gx = separable(L, Smooth, Derive);
  Matrix Gy = separable(L, Derive, Smooth);
  // Stretch the magnitudes so the strongest edge is white; a flat image
  // stays black.
  Matrix Magnitude = (Gx.array().square() + Gy.array().square()).sqrt();
  float Max = Magnitude.maxCoeff();
  if (Max > 0)
    Magnitude *= 255 / Max;

  Image Out;
  Out.Width = Img.Width;
  Out.Height = Img.Height;
  Out.Channels = 1;
  Out.Pixels.resize(static_cast<std::size_t>(Img.Width) * Img.Height);
  Out.Source = Img.Source;
  Out.History = Img.History;
  storeChannel(Out, 0, Magnitude);
  Img = std::move(Out);
}

} // namespace

bool imgtool::applyFilter(Image &Img, const std::string &Name, double Amount,
                          std::string &Error) {
  if (Img.Width == 0 || Img.Height == 0) {
    Error = "the image is empty";
    return false;
  }
  if (Name == "blur") {
    double Sigma = Amount > 0 ? Amount : 1.5;
    if (Sigma > 50) {
      Error = "sigma above 50";
      return false;
    }
    blur(Img, Sigma);
  } else if (Name == "sharpen") {
    sharpen(Img, Amount > 0 ? Amount : 1.0);
  } else if (Name == "edges") {
    edges(Img);
  } else {
    Error = "no filter named '" + Name + "'";
    return false;
  }
  return true;
}
