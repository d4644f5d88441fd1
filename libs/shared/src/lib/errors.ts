/** One problem with one field of a request. */
export interface FieldError {
  field: string;
  reason: string;
}

/** The single shape of every error the API returns. */
export interface ApiErrorBody {
  statusCode: number;
  error: string;
  message: string;
  details?: FieldError[];
  /** Present on unexpected (5xx) errors so support can find the log line. */
  errorId?: string;
}
