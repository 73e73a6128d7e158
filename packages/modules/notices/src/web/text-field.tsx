import { TextField as KitTextField, type TextFieldProps } from '@civitas/module-sdk/web-kit';

/** The shared module form field, styled by this module's CSS. */
export const TextField = (props: Omit<TextFieldProps, 'classPrefix'>) => <KitTextField classPrefix="civ-notices" {...props} />;
