import { TextField, type TextFieldProps } from '../text-field/text-field';
import '../form/form.css';

/** One side of the pair: everything a TextField takes except its language, which the pair sets. */
export type BilingualSideProps = Omit<TextFieldProps, 'lang'>;

/**
 * An English and a Chinese input side by side for one bilingual value (nameEn/nameZh and the like).
 * Each input has its own label, hint and error and is marked with its language; on narrow screens they stack.
 */
export function BilingualTextField({
  en,
  zh,
}: {
  en: BilingualSideProps;
  zh: BilingualSideProps;
}) {
  return (
    <div className="form-row bilingual-field">
      <TextField {...en} lang="en" />
      <TextField {...zh} lang="zh-CN" />
    </div>
  );
}
