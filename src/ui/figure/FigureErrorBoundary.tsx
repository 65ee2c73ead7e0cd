import { Component, type ReactNode } from "react";

interface Props {
  title: string;
  onReset?: () => void;
  children: ReactNode;
}

interface State {
  error: Error | null;
}

/** Keeps one broken figure from blanking the page; the reader can reset it to its defaults. */
export class FigureErrorBoundary extends Component<Props, State> {
  state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  private reset = () => {
    this.props.onReset?.();
    this.setState({ error: null });
  };

  render() {
    if (!this.state.error) return this.props.children;
    return (
      <div className="figure-error" role="alert">
        <p>
          <strong>This figure hit a problem</strong> and stopped drawing: {this.state.error.message}
        </p>
        <button type="button" onClick={this.reset}>
          Reset figure
        </button>
      </div>
    );
  }
}
